import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertMatchesSpec, specsAvailable } from './openapi-contract.js';
import { call, caseRequest, newSandbox, referral } from './sandbox-core-harness.js';
import { fieldProblems } from './sandbox-field-problems.js';
import { submitForm, walkOnboarding } from './sandbox-hosted-harness.js';

const checkSpec = (...args: Parameters<typeof assertMatchesSpec>) => {
  if (specsAvailable) assertMatchesSpec(...args);
};

function newClient(externalTenantId: string, extra: Record<string, unknown> = {}) {
  return {
    externalTenantId,
    client: { name: 'Harbor Bakery ApS', country: 'Denmark', supportEmail: 'support@harbor.example', city: 'Aarhus' },
    users: [{ name: 'Signe Dahl Holm', email: 'signe@harbor.example' }],
    ...extra,
  };
}

describe('POST /referral/clients', () => {
  test('a new client answers 202 with an onboarding URL; repeating it returns the same state', async () => {
    const { sandbox } = newSandbox();
    const first = await referral(sandbox, 'POST', '/clients', newClient('harbor-1'));
    assert.equal(first.status, 202);
    assert.equal(first.body.onboardingDone, false);
    assert.match(first.body.onboardingLinks.url, /^http:\/\/sandbox\.test\/hosted\/onboarding\/companydetails\//);
    assert.deepEqual(
      first.body.users.map((user: any) => [user.firstName, user.lastName]),
      [['Signe', 'Dahl Holm']],
    );
    assert.equal(first.body.client.country, 'DK');
    checkSpec('referral', 'POST', '/clients', 202, first.body);

    const again = await referral(sandbox, 'POST', '/clients', newClient('harbor-1'));
    assert.equal(again.status, 202);
    assert.equal(again.body.client.id, first.body.client.id);
    assert.equal((await referral(sandbox, 'POST', '/oauth/token', { externalTenantId: 'harbor-1' })).status, 404);
  });

  test('finishing onboarding on the hosted pages makes the client ready: 201 and a working token', async () => {
    const { sandbox } = newSandbox();
    const created = await referral(sandbox, 'POST', '/clients', newClient('harbor-2'));
    const page = await call(sandbox, 'GET', new URL(created.body.onboardingLinks.url).pathname);
    assert.equal(page.status, 200);
    assert.match(page.text, /<form method="post">/);
    const { last, steps } = await walkOnboarding(sandbox, created.body.onboardingLinks.url);
    assert.deepEqual(steps, ['companydetails', 'users', 'sign'], 'a Danish client needs no KYC step');
    assert.equal(last.status, 200);

    const ready = await referral(sandbox, 'POST', '/clients', newClient('harbor-2'));
    assert.equal(ready.status, 201);
    assert.equal(ready.body.onboardingDone, true);
    checkSpec('referral', 'POST', '/clients', 201, ready.body);
    assert.equal((await referral(sandbox, 'POST', '/oauth/token', { externalTenantId: 'harbor-2' })).status, 200);
  });

  test('seeded tenants: acme-ready is ready (201), unsigned-contract must re-sign (202, contract upgrade URL)', async () => {
    const { sandbox } = newSandbox();
    assert.equal((await referral(sandbox, 'POST', '/clients', newClient('acme-ready'))).status, 201);
    const unsigned = await referral(sandbox, 'POST', '/clients', newClient('unsigned-contract'));
    assert.equal(unsigned.status, 202);
    assert.match(unsigned.body.onboardingLinks.url, /\/hosted\/contractupgrade\/sign\//);
  });

  test('linked-elsewhere answers 409 ClientExistsNeedsLinking; approving the link makes it a non-attributed client', async () => {
    const { sandbox } = newSandbox();
    const conflict = await referral(sandbox, 'POST', '/clients', newClient('linked-elsewhere'));
    assert.equal(conflict.status, 409);
    assert.equal(conflict.body.type, 'ClientExistsNeedsLinking');
    assert.equal(conflict.body.data.externalTenantId, 'linked-elsewhere');
    assert.match(conflict.body.data.onboardingLinks.url, /\/hosted\/referralpartner\/approve\?token=/);
    checkSpec('referral', 'POST', '/clients', 409, conflict.body);

    await submitForm(sandbox, conflict.body.data.onboardingLinks.url);
    const linked = await referral(sandbox, 'GET', '/clients/linked-elsewhere');
    assert.equal(linked.status, 200);
    assert.equal(linked.body.isAttributedClient, false);
    assert.equal(
      (await referral(sandbox, 'POST', '/oauth/token', { externalTenantId: 'linked-elsewhere' })).status,
      200,
    );
  });

  test('400 names each invalid field in the declared ApiErrorResponseDto', async () => {
    const { sandbox } = newSandbox();
    const noUsers = await referral(sandbox, 'POST', '/clients', newClient('x', { users: [] }));
    checkSpec('referral', 'POST', '/clients', 400, noUsers.body);
    assert.deepEqual(fieldProblems(noUsers).Users, ['At least one user is required']);

    const twoUsers = newClient('x', {
      users: [
        { name: 'A B', email: 'a@x.example' },
        { name: 'C D', email: 'c@x.example' },
      ],
    });
    const ambiguous = await referral(sandbox, 'POST', '/clients', twoUsers);
    assert.deepEqual(fieldProblems(ambiguous).Users, [
      'When multiple users provided, exactly one must have IsOnboardingUser=true',
    ]);

    const unknownCountry = await referral(
      sandbox,
      'POST',
      '/clients',
      newClient('x', { client: { name: 'X', country: 'ZZ', supportEmail: 's@x.example' } }),
    );
    assert.deepEqual(fieldProblems(unknownCountry)['Client.Country'], ['Unknown country: ZZ']);
    assert.equal((await referral(sandbox, 'GET', '/clients/x')).status, 404);
  });

  test('first cases are created in Pending contract signing; a case without a partner is reported, not created', async () => {
    const { sandbox } = newSandbox();
    const cases = [caseRequest({ creditorReference: 'H-1' }), caseRequest({ creditorReference: 'H-2' }, 'AQ')];
    const created = await referral(sandbox, 'POST', '/clients', newClient('harbor-3', { cases }));
    assert.equal(created.status, 202);
    assert.deepEqual(
      created.body.caseResults.successfulCases.map((invoice: any) => invoice.lifecycle),
      ['Pending contract signing'],
    );
    assert.equal(created.body.caseResults.failedCases[0].caseIndex, 1);
    assert.equal(created.body.caseResults.failedCases[0].errorType, 'NoPartnerAvailable');
    checkSpec('referral', 'POST', '/clients', 202, created.body);
  });

  test('a field error in any first case aborts the whole call with a Cases[n]-keyed 400', async () => {
    const { sandbox } = newSandbox();
    const cases = [caseRequest(), caseRequest({ amountToRecover: -5 })];
    const answer = await referral(sandbox, 'POST', '/clients', newClient('harbor-4', { cases }));
    const fields = fieldProblems(answer);
    assert.deepEqual(fields.Cases, ['Case validation failed']);
    assert.ok(
      Object.keys(fields).some((key) => key.startsWith('Cases[1].')),
      JSON.stringify(answer.body),
    );
    assert.equal((await referral(sandbox, 'GET', '/clients/harbor-4')).status, 404);
  });
});

describe('GET /referral/clients', () => {
  test('lists linked clients with a summary, paging and filters', async () => {
    const { sandbox } = newSandbox();
    const all = await referral(sandbox, 'GET', '/clients');
    assert.equal(all.status, 200);
    checkSpec('referral', 'GET', '/clients', 200, all.body);
    const ids = all.body.clients.map((client: any) => client.externalTenantId);
    assert.ok(ids.includes('acme-ready') && ids.includes('newco-onboarding'));
    assert.ok(!ids.includes('linked-elsewhere'), 'a pending link request is not a client yet');
    assert.equal(all.body.summary.totalClients, ids.length);
    assert.equal(
      all.body.clients.find((client: any) => client.externalTenantId === 'acme-ready').caseStats.casesTotal,
      150,
    );

    const paged = await referral(sandbox, 'GET', '/clients?PageSize=2&Page=2&Sort=name:asc');
    assert.equal(paged.body.page.currentPage, 2);
    assert.equal(paged.body.clients.length, 2);
    const names = (await referral(sandbox, 'GET', '/clients?Sort=name')).body.clients.map(
      (client: any) => client.client.companyName,
    );
    assert.deepEqual(
      names,
      [...names].sort((a: string, b: string) => a.localeCompare(b)),
    );

    const pending = await referral(sandbox, 'GET', '/clients?OnboardingDone=false');
    assert.deepEqual(pending.body.clients.map((client: any) => client.externalTenantId).sort(), [
      'newco-onboarding',
      'unsigned-contract',
    ]);
    const search = await referral(sandbox, 'GET', '/clients?Query=kestrel');
    assert.deepEqual(
      search.body.clients.map((client: any) => client.externalTenantId),
      ['kyc-required'],
    );
    assert.equal((await referral(sandbox, 'GET', '/clients?PageSize=101')).status, 400);
  });

  test('GET /clients/{id}: onboarding state with its URL for newco-onboarding, 404 for unknown ids', async () => {
    const { sandbox } = newSandbox();
    const newco = await referral(sandbox, 'GET', '/clients/newco-onboarding');
    assert.equal(newco.status, 200);
    assert.equal(newco.body.onboardingDone, false);
    assert.ok(newco.body.onboardingLinks.url);
    checkSpec('referral', 'GET', '/clients/newco-onboarding', 200, newco.body);
    const missing = await referral(sandbox, 'GET', '/clients/nobody');
    assert.equal(missing.status, 404);
    checkSpec('referral', 'GET', '/clients/nobody', 404, missing.body);
  });
});
