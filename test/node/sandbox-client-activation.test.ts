// Activating a partner's tenant against the sandbox: the seeded unlinked tenants and e-mail test data reach
// every answer of Referral POST /clients (201, 202, all three 409s), the hosted onboarding and approval pages
// finish the job, link requests expire, and each step raises its client.* webhook.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { unlinkedTenants } from '../../src/sandbox/index.js';
import { resolveSandboxOptions } from '../../src/sandbox/options.js';
import { assertMatchesSpec, specsAvailable } from './openapi-contract.js';
import { call, caseRequest, customerOf, newSandbox, referral, tokenFor } from './sandbox-core-harness.js';
import { directorFields, openPage, pathOf, submitForm, walkOnboarding } from './sandbox-hosted-harness.js';
import { fieldProblems } from './sandbox-field-problems.js';
import { startReceiver, subscribe } from './webhook-receiver.js';

const checkSpec = (...args: Parameters<typeof assertMatchesSpec>) => {
  if (specsAvailable) assertMatchesSpec(...args);
};

const returnUrl = 'https://app.partner.example/collections?tab=activate';

function profileOf(externalTenantId: string) {
  const tenant = unlinkedTenants.find((candidate) => candidate.externalTenantId === externalTenantId);
  assert.ok(tenant, externalTenantId);
  return tenant.profile;
}

function activate(sandbox: Parameters<typeof referral>[0], externalTenantId: string, extra = {}) {
  return referral(sandbox, 'POST', '/clients', { ...profileOf(externalTenantId), ...extra });
}

async function tokenStatus(sandbox: Parameters<typeof referral>[0], externalTenantId: string): Promise<number> {
  return (await referral(sandbox, 'POST', '/oauth/token', { externalTenantId })).status;
}

/** Every input of a hosted page has a label, every action is a real button, and there is no script. */
function assertPlainKeyboardForm(html: string) {
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /<html lang="en">/);
  assert.match(html, /<h1>/);
  for (const match of html.matchAll(/<input ([^>]*)>/g)) {
    const attributes = match[1]!;
    const id = /id="([^"]+)"/.exec(attributes)?.[1];
    const wrapped = /type="checkbox"/.test(attributes);
    assert.ok(wrapped || (id && html.includes(`<label for="${id}">`)), `unlabelled input: ${attributes}`);
  }
  assert.match(html, /<button type="submit"/);
}

describe('seeded unlinked tenants', () => {
  test('unlinked-instant: 201 at once, ready for cases; GET /clients/{id} agrees', async () => {
    const { sandbox } = newSandbox();
    assert.equal((await referral(sandbox, 'GET', '/clients/unlinked-instant')).status, 404, 'unlinked before');
    assert.equal(await tokenStatus(sandbox, 'unlinked-instant'), 404);

    const created = await activate(sandbox, 'unlinked-instant');
    assert.equal(created.status, 201);
    checkSpec('referral', 'POST', '/clients', 201, created.body);
    assert.equal(created.body.onboardingDone, true);
    assert.equal(created.body.onboardingLinks.url, null);
    assert.equal(created.body.isAttributedClient, true);
    assert.equal(created.body.client.companyName, 'Quickstart Labs ApS');

    const customer = await customerOf(sandbox, 'unlinked-instant');
    const caseAnswer = await customer('POST', '/cases', caseRequest({ isTest: false }));
    assert.equal(caseAnswer.status, 200, JSON.stringify(caseAnswer.body));
    assert.equal(caseAnswer.body.lifecycle, 'Pending Verification Internal');
    const again = await activate(sandbox, 'unlinked-instant');
    assert.deepEqual([again.status, again.body.client.id], [201, created.body.client.id]);
  });

  test('unlinked-onboarding: 202, then company details → users → KYC → SDCA on the hosted pages, back to returnUrl', async () => {
    const { sandbox } = newSandbox();
    const created = await activate(sandbox, 'unlinked-onboarding');
    assert.equal(created.status, 202);
    checkSpec('referral', 'POST', '/clients', 202, created.body);
    assert.equal(created.body.onboardingDone, false);
    assert.equal(created.body.kycStatus, 'Pending');
    assert.equal(await tokenStatus(sandbox, 'unlinked-onboarding'), 404);
    const start = `${created.body.onboardingLinks.url}?returnUrl=${encodeURIComponent(returnUrl)}`;
    assert.match(start, /\/hosted\/onboarding\/companydetails\//);

    // Step 1 shows the partner's data and refuses a broken e-mail at its field, keeping what was typed.
    const company = await openPage(sandbox, start);
    assert.equal(company.status, 200);
    assertPlainKeyboardForm(company.text);
    assert.match(company.text, /value="Harbour Lane Ltd"/);
    assert.match(company.text, /step 1 of 4/);
    const invalid = await submitForm(sandbox, start, {
      companyName: 'Harbour Lane Ltd',
      country: 'United Kingdom',
      officeEmail: 'not-an-email',
    });
    assert.equal(invalid.status, 400);
    assert.match(invalid.text, /role="alert"/);
    assert.match(invalid.text, /name="officeEmail" type="email" value="not-an-email"[^>]*aria-invalid="true"/);

    // Jumping ahead lands on the step that is due.
    const jump = await openPage(sandbox, pathOf(start).replace('/companydetails/', '/sign/'));
    assert.equal(jump.status, 303);
    assert.match(jump.headers.get('Location')!, /\/hosted\/onboarding\/companydetails\/.*returnUrl=/);

    const toUsers = await submitForm(sandbox, start, {
      companyName: 'Harbour Lane Trading Ltd',
      registrationNumber: 'GB09876543',
      country: 'GB',
      officeEmail: 'accounts@unlinked-onboarding.example',
    });
    assert.equal(toUsers.status, 303);
    const usersUrl = toUsers.headers.get('Location')!;
    assert.match(usersUrl, /\/hosted\/onboarding\/users\/.*returnUrl=https%3A%2F%2Fapp\.partner\.example/);
    const users = await openPage(sandbox, usersUrl);
    assertPlainKeyboardForm(users.text);
    assert.match(users.text, /amelia@unlinked-onboarding\.example<\/td><td>Administrator/);
    assert.match(users.text, /tom@unlinked-onboarding\.example<\/td><td>User/);

    const toKyc = await submitForm(sandbox, usersUrl);
    const kycUrl = toKyc.headers.get('Location')!;
    assert.match(kycUrl, /\/hosted\/onboarding\/kyc\//);
    assertPlainKeyboardForm((await openPage(sandbox, kycUrl)).text);
    const missing = await submitForm(sandbox, kycUrl, { directorFullName: 'Amelia Stone' });
    assert.equal(missing.status, 400);
    assert.match(missing.text, /value="Amelia Stone"/);
    const toSign = await submitForm(sandbox, kycUrl, directorFields);
    const signUrl = toSign.headers.get('Location')!;
    assert.match(signUrl, /\/hosted\/onboarding\/sign\//);
    assertPlainKeyboardForm((await openPage(sandbox, signUrl)).text);
    assert.equal((await submitForm(sandbox, signUrl)).status, 400, 'the agreement must be accepted');
    assert.equal(await tokenStatus(sandbox, 'unlinked-onboarding'), 404, 'not linked before signing');

    const signed = await submitForm(sandbox, signUrl, { accept: 'yes' });
    assert.equal(signed.status, 303);
    assert.equal(signed.headers.get('Location'), returnUrl);

    const ready = await activate(sandbox, 'unlinked-onboarding');
    assert.equal(ready.status, 201);
    checkSpec('referral', 'POST', '/clients', 201, ready.body);
    assert.equal(ready.body.client.companyName, 'Harbour Lane Trading Ltd', 'the corrected details were kept');
    assert.equal(ready.body.kycStatus, 'Verified');
    assert.equal(ready.body.kycVerification.directorFullName, 'Amelia Stone');
    assert.equal(await tokenStatus(sandbox, 'unlinked-onboarding'), 200);
    const done = await openPage(sandbox, start);
    assert.match(done.text, /Onboarding is complete/);
  });

  test('unlinked-existing-account: 409 ClientExistsNeedsLinking; declining ends the request, asking again makes a new one, approving links it', async () => {
    const { sandbox } = newSandbox();
    const conflict = await activate(sandbox, 'unlinked-existing-account');
    assert.equal(conflict.status, 409);
    checkSpec('referral', 'POST', '/clients', 409, conflict.body);
    assert.equal(conflict.body.type, 'ClientExistsNeedsLinking');
    assert.equal(conflict.body.data.externalTenantId, 'unlinked-existing-account');
    const approvalUrl: string = conflict.body.data.onboardingLinks.url;
    assert.match(approvalUrl, /\/hosted\/referralpartner\/approve\?token=/);
    assert.equal((await referral(sandbox, 'GET', '/clients/unlinked-existing-account')).status, 404);
    assert.equal((await activate(sandbox, 'unlinked-existing-account')).body.data.onboardingLinks.url, approvalUrl);

    const page = await openPage(sandbox, approvalUrl);
    assertPlainKeyboardForm(page.text);
    assert.match(page.text, /Bramble &#38; Finch ApS/);
    assert.match(page.text, /<button type="submit" name="decision" value="approve">Approve link<\/button>/);
    assert.match(
      page.text,
      /<button type="submit" name="decision" value="decline" class="secondary">Decline<\/button>/,
    );

    const declined = await submitForm(sandbox, `${approvalUrl}&returnUrl=${encodeURIComponent(returnUrl)}`, {
      decision: 'decline',
    });
    assert.deepEqual([declined.status, declined.headers.get('Location')], [303, returnUrl]);
    assert.equal((await openPage(sandbox, approvalUrl)).status, 404, 'an answered request is gone');

    const asked = await activate(sandbox, 'unlinked-existing-account');
    assert.equal(asked.status, 409);
    assert.notEqual(asked.body.data.onboardingLinks.url, approvalUrl);
    assert.equal((await submitForm(sandbox, asked.body.data.onboardingLinks.url, { decision: 'approve' })).status, 200);

    const linked = await referral(sandbox, 'GET', '/clients/unlinked-existing-account');
    assert.equal(linked.status, 200);
    checkSpec('referral', 'GET', '/clients/unlinked-existing-account', 200, linked.body);
    assert.equal(linked.body.isAttributedClient, false);
    assert.equal(linked.body.client.companyName, 'Bramble & Finch ApS', "the account's own data");
    assert.equal(await tokenStatus(sandbox, 'unlinked-existing-account'), 200);
    assert.equal((await activate(sandbox, 'unlinked-existing-account')).status, 201);
  });

  test('cases sent with a link request are created on approval, in Pending contract signing', async () => {
    const { sandbox } = newSandbox();
    const cases = [caseRequest({ creditorReference: 'BF-1', isTest: false })];
    const conflict = await activate(sandbox, 'unlinked-existing-account', { cases });
    assert.equal(conflict.status, 409);
    await submitForm(sandbox, conflict.body.data.onboardingLinks.url);
    const customer = await customerOf(sandbox, 'unlinked-existing-account');
    const list = await customer('GET', '/cases');
    assert.deepEqual(
      list.body.cases.map((invoice: any) => [invoice.creditorReference, invoice.lifecycle]),
      [['BF-1', 'Pending contract signing']],
    );
  });

  test('unlinked-other-partner and unlinked-not-creditor: the two 409s a partner cannot resolve; nothing is created', async () => {
    const { sandbox } = newSandbox();
    const other = await activate(sandbox, 'unlinked-other-partner');
    assert.equal(other.status, 409);
    checkSpec('referral', 'POST', '/clients', 409, other.body);
    assert.equal(other.body.type, 'ClientAlreadyLinkedToAnotherPartner');
    assert.deepEqual(other.body.data, { externalTenantId: 'unlinked-other-partner' });

    const partner = await activate(sandbox, 'unlinked-not-creditor');
    assert.equal(partner.status, 409);
    checkSpec('referral', 'POST', '/clients', 409, partner.body);
    assert.equal(partner.body.type, 'InvalidClientType');
    assert.equal(partner.body.data, undefined);
    for (const id of ['unlinked-other-partner', 'unlinked-not-creditor']) {
      assert.equal((await referral(sandbox, 'GET', `/clients/${id}`)).status, 404);
      assert.equal(await tokenStatus(sandbox, id), 404);
    }
  });

  test('POST /sandbox/reset makes every activated tenant unlinked again, so the paths can be walked repeatedly', async () => {
    const { sandbox } = newSandbox();
    const first = await activate(sandbox, 'unlinked-instant');
    await activate(sandbox, 'unlinked-onboarding');
    assert.equal((await call(sandbox, 'POST', '/sandbox/reset')).status, 204);
    for (const id of ['unlinked-instant', 'unlinked-onboarding']) {
      assert.equal((await referral(sandbox, 'GET', `/clients/${id}`)).status, 404, id);
    }
    const second = await activate(sandbox, 'unlinked-instant');
    assert.equal(second.status, 201);
    assert.notEqual(second.body.client.id, first.body.client.id);
    assert.equal((await activate(sandbox, 'unlinked-onboarding')).status, 202);
  });
});

describe('e-mail test data for any externalTenantId', () => {
  const body = (externalTenantId: string, email: string) => ({
    externalTenantId,
    client: { name: 'Some Company', country: 'DK', supportEmail: 'billing@some-company.example' },
    users: [{ name: 'Some One', email }],
  });

  test('a matching user or support e-mail answers the 409 of its account', async () => {
    const { sandbox } = newSandbox();
    const cases: [string, string][] = [
      ['OWNER@existing-account.example', 'ClientExistsNeedsLinking'],
      ['owner@other-partner.example', 'ClientAlreadyLinkedToAnotherPartner'],
      ['office@collection-partner.example', 'InvalidClientType'],
    ];
    for (const [index, [email, type]] of cases.entries()) {
      const answer = await referral(sandbox, 'POST', '/clients', body(`partner-tenant-${index}`, email));
      assert.deepEqual([answer.status, answer.body.type], [409, type], email);
      checkSpec('referral', 'POST', '/clients', 409, answer.body);
    }
    const bySupportEmail = await referral(sandbox, 'POST', '/clients', {
      ...body('partner-tenant-9', 'someone@some-company.example'),
      client: { name: 'X', country: 'DK', supportEmail: 'office@other-partner.example' },
    });
    assert.equal(bySupportEmail.body.type, 'ClientAlreadyLinkedToAnotherPartner');
    const fresh = await referral(sandbox, 'POST', '/clients', body('partner-tenant-new', 'someone@new.example'));
    assert.equal(fresh.status, 202);
  });

  test('a new id onboarded by a @ready-client.example user is a ready client at once', async () => {
    const { sandbox } = newSandbox();
    assert.equal(await tokenStatus(sandbox, 'test-run-1'), 404);
    const answer = await referral(sandbox, 'POST', '/clients', body('test-run-1', 'ci@Ready-Client.example'));
    assert.equal(answer.status, 201);
    checkSpec('referral', 'POST', '/clients', 201, answer.body);
    assert.equal(await tokenStatus(sandbox, 'test-run-1'), 200);
    const customer = await customerOf(sandbox, 'test-run-1');
    const sent = await customer('POST', '/cases', caseRequest({ isTest: false }, 'GB'));
    assert.equal(sent.status, 200, 'signed, with KYC and every power of attorney on file');
    const elsewhere = await referral(sandbox, 'POST', '/clients', body('test-run-2', 'ci@not-ready-client.example'));
    assert.equal(elsewhere.status, 202);
  });

  test('a British client onboards with a KYC step, a Danish one without', async () => {
    const { sandbox } = newSandbox();
    const british = await referral(sandbox, 'POST', '/clients', {
      ...body('gb-1', 'a@gb-one.example'),
      client: { name: 'GB One Ltd', country: 'GB', supportEmail: 'a@gb-one.example' },
    });
    assert.deepEqual((await walkOnboarding(sandbox, british.body.onboardingLinks.url)).steps, [
      'companydetails',
      'users',
      'kyc',
      'sign',
    ]);
    const danish = await referral(sandbox, 'POST', '/clients', body('dk-1', 'a@dk-one.example'));
    assert.equal(danish.body.kycStatus, 'NotRequired');
    assert.deepEqual((await walkOnboarding(sandbox, danish.body.onboardingLinks.url)).steps, [
      'companydetails',
      'users',
      'sign',
    ]);
  });
});

describe('link requests expire', () => {
  test('after linkApprovalTtlDays the approval page is gone and asking again makes a new request', async () => {
    const { sandbox, clock } = newSandbox({ linkApprovalTtlDays: 2 });
    const conflict = await activate(sandbox, 'unlinked-existing-account');
    const url: string = conflict.body.data.onboardingLinks.url;
    assert.match((await openPage(sandbox, url)).text, /This request expires on/);
    clock.advanceSeconds(2 * 86_400 - 60);
    assert.equal((await openPage(sandbox, url)).status, 200);
    clock.advanceSeconds(61);
    assert.equal((await openPage(sandbox, url)).status, 404);
    assert.equal((await submitForm(sandbox, url)).status, 404, 'an expired request cannot be approved');
    const again = await activate(sandbox, 'unlinked-existing-account');
    assert.equal(again.status, 409);
    assert.notEqual(again.body.data.onboardingLinks.url, url);
  });

  test('the seeded linked-elsewhere request expires seven days after it was made, by default', async () => {
    const { sandbox, clock } = newSandbox();
    const url = (await activate(sandbox, 'linked-elsewhere')).body.data.onboardingLinks.url;
    clock.advanceSeconds(6 * 86_400 - 60);
    assert.equal((await openPage(sandbox, url)).status, 200);
    clock.advanceSeconds(120);
    assert.equal((await openPage(sandbox, url)).status, 404);
  });

  test('the approval window is clamped to 1–30 days like ApprovalTtlDays', () => {
    assert.equal(resolveSandboxOptions().linkApprovalTtlDays, 7);
    assert.equal(resolveSandboxOptions({ linkApprovalTtlDays: 0 }).linkApprovalTtlDays, 1);
    assert.equal(resolveSandboxOptions({ linkApprovalTtlDays: 90 }).linkApprovalTtlDays, 30);
  });
});

describe('POST /referral/clients validation', () => {
  test('400 for an unknown country, no users and two onboarding users; 415 for a body that is not JSON', async () => {
    const { sandbox } = newSandbox();
    const base = profileOf('unlinked-instant');
    const country = await referral(sandbox, 'POST', '/clients', { ...base, client: { ...base.client, country: 'ZZ' } });
    checkSpec('referral', 'POST', '/clients', 400, country.body);
    assert.deepEqual(fieldProblems(country)['Client.Country'], ['Unknown country: ZZ']);
    const noUsers = await referral(sandbox, 'POST', '/clients', { ...base, users: [] });
    assert.deepEqual(fieldProblems(noUsers).Users, ['At least one user is required']);
    const missingUsers = await referral(sandbox, 'POST', '/clients', { ...base, users: undefined });
    assert.deepEqual(fieldProblems(missingUsers).Users, ['At least one user is required']);
    const twoOnboarding = await referral(sandbox, 'POST', '/clients', {
      ...base,
      users: [
        { name: 'A B', email: 'a@x.example', isOnboardingUser: true },
        { name: 'C D', email: 'c@x.example', isOnboardingUser: true },
      ],
    });
    assert.deepEqual(fieldProblems(twoOnboarding).Users, ['Only one user can be marked as IsOnboardingUser']);

    const text = await call(sandbox, 'POST', '/referral/clients', {
      headers: { XApiKey: 'sandbox-partner-key', 'Content-Type': 'text/plain' },
      body: JSON.stringify(base),
    });
    assert.equal(text.status, 415);
    assert.equal(text.body.status, 415);
    assert.equal((await referral(sandbox, 'GET', '/clients/unlinked-instant')).status, 404, 'nothing was created');
    for (const type of ['application/json; charset=utf-8', 'text/json', 'application/json-patch+json']) {
      const answer = await call(sandbox, 'POST', '/referral/clients', {
        headers: { XApiKey: 'sandbox-partner-key', 'Content-Type': type },
        body: JSON.stringify({ ...base, externalTenantId: `media-${type.length}` }),
      });
      assert.equal(answer.status, 202, type);
    }
  });
});

describe('client.* webhooks', () => {
  test('each step of a client link is delivered to production subscriptions, not to test ones', async () => {
    const { sandbox, clock } = newSandbox({ linkApprovalTtlDays: 1 });
    const live = await startReceiver();
    const testMode = await startReceiver();
    const events = [
      'client.link_requested',
      'client.linked',
      'client.link_declined',
      'client.link_expired',
      'client.onboarding.contract_signed',
      'client.onboarding.poa_signed',
      'cases.replay_failed',
    ];
    await subscribe(sandbox, live.url, events, false);
    await subscribe(sandbox, testMode.url, events, true);

    const declined = await activate(sandbox, 'unlinked-existing-account');
    await submitForm(sandbox, declined.body.data.onboardingLinks.url, { decision: 'decline' });
    await activate(sandbox, 'unlinked-existing-account');
    clock.advanceSeconds(86_400);
    await referral(sandbox, 'GET', '/me'); // any request runs the expiry
    const withCases = await activate(sandbox, 'unlinked-existing-account', {
      cases: [caseRequest({ creditorReference: 'OK-1' }), caseRequest({ creditorReference: 'NOPE-1' }, 'AQ')],
    });
    await submitForm(sandbox, withCases.body.data.onboardingLinks.url);
    await activate(sandbox, 'unlinked-instant');

    const deliveries = await live.waitFor(8);
    assert.deepEqual(
      deliveries.map((delivery) => [delivery.json.event, delivery.json.data.externalTenantId]),
      [
        ['client.link_requested', 'unlinked-existing-account'],
        ['client.link_declined', 'unlinked-existing-account'],
        ['client.link_requested', 'unlinked-existing-account'],
        ['client.link_expired', 'unlinked-existing-account'],
        ['client.link_requested', 'unlinked-existing-account'],
        ['client.linked', 'unlinked-existing-account'],
        ['cases.replay_failed', 'unlinked-existing-account'],
        ['client.onboarding.contract_signed', 'unlinked-instant'],
      ],
    );
    const linked = deliveries[5]!.json;
    assert.equal(linked.data.creditor.companyName, 'Bramble & Finch ApS');
    assert.equal(linked.data.creditor.isAttributed, false);
    assert.equal('isAttributed' in deliveries[1]!.json.data.creditor, false, 'link_declined carries no isAttributed');
    assert.match(linked.links.client, /\/referral\/clients\/unlinked-existing-account$/);
    const failed = deliveries[6]!.json.data.failedCases;
    assert.deepEqual(
      failed.map((failure: any) => [failure.caseIndex, failure.creditorReference, failure.errorType]),
      [[1, 'NOPE-1', 'NoPartnerAvailable']],
    );
    assert.equal(testMode.received.length, 0);
  });

  test('hosted onboarding raises contract_signed, and a power of attorney poa_signed with its time', async () => {
    const { sandbox, clock } = newSandbox();
    const receiver = await startReceiver();
    await subscribe(
      sandbox,
      receiver.url,
      ['client.onboarding.contract_signed', 'client.onboarding.poa_signed'],
      false,
    );
    const created = await activate(sandbox, 'unlinked-onboarding');
    await walkOnboarding(sandbox, created.body.onboardingLinks.url);
    const [signed] = await receiver.waitFor(1);
    assert.equal(signed!.json.event, 'client.onboarding.contract_signed');
    assert.equal(signed!.json.data.creditor.isAttributed, true);

    const customer = await customerOf(sandbox, 'unlinked-onboarding');
    const blocked = await customer('POST', '/cases', caseRequest({ isTest: false }));
    const poaUrl = blocked.body.businessErrors.find(
      (error: any) => error.type === 'MissingPowerOfAttorney',
    ).solutionUrl;
    await submitForm(sandbox, poaUrl);
    const [, poa] = await receiver.waitFor(2);
    assert.equal(poa!.json.event, 'client.onboarding.poa_signed');
    assert.equal(
      poa!.json.data.signedAt,
      clock
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
    );
    assert.equal(await tokenFor(sandbox, 'unlinked-onboarding').then(() => 'ok'), 'ok');
  });
});
