// The rest of a client's life on the sandbox's Referral API: the list with its filters and summary, withdraw,
// director KYC (latest wins, Idempotency-Key), the test-environment reset, and coverage. Every answer is
// checked against the Referral Partner API spec.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertMatchesSpec, componentSchema, loadSpec, schemaMismatches, specsAvailable } from './openapi-contract.js';
import { call, caseRequest, customerOf, newSandbox, partnerHeaders, referral } from './sandbox-core-harness.js';
import { submitForm } from './sandbox-hosted-harness.js';
import { startReceiver, subscribe } from './webhook-receiver.js';

const checkSpec = (...args: Parameters<typeof assertMatchesSpec>) => {
  if (specsAvailable) assertMatchesSpec(...args);
};
/** For answers the spec documents in words only (a 400 or 422 it lists no schema for): the shape named. */
const checkComponent = (name: string, body: unknown) => {
  if (specsAvailable)
    assert.deepEqual(schemaMismatches(loadSpec('referral'), componentSchema('referral', name), body), []);
};

function newClient(externalTenantId: string, cases?: unknown[]) {
  return {
    externalTenantId,
    client: { name: `${externalTenantId} ApS`, country: 'DK', supportEmail: `billing@${externalTenantId}.example` },
    users: [{ name: 'Signe Holm', email: `signe@${externalTenantId}.example` }],
    ...(cases ? { cases } : {}),
  };
}

const director = {
  directorFullName: 'Harriet Cole',
  directorHomeAddress: '4 Quay Street, Manchester M3 3JE',
  directorDateOfBirth: '1975-09-30',
};

function kyc(
  sandbox: Parameters<typeof referral>[0],
  id: string,
  body: unknown,
  headers: Record<string, string> = {},
  query = '',
) {
  return call(sandbox, 'POST', `/referral/clients/${id}/kyc-verification${query}`, {
    headers: { ...partnerHeaders, ...headers },
    body,
  });
}

describe('GET /referral/clients', () => {
  test('filters by attribution, onboarding and link date; the summary counts every active link', async () => {
    const { sandbox, clock } = newSandbox();
    const approval = (await referral(sandbox, 'POST', '/clients', newClient('linked-elsewhere'))).body.data;
    await submitForm(sandbox, approval.onboardingLinks.url);
    clock.advanceSeconds(86_400);
    await referral(sandbox, 'POST', '/clients', newClient('fresh-today'));

    const all = await referral(sandbox, 'GET', '/clients');
    checkSpec('referral', 'GET', '/clients', 200, all.body);
    assert.equal(all.body.summary.totalClients, 7);
    assert.equal(all.body.summary.attributedClients, 6);
    assert.equal(all.body.summary.onboardingComplete + all.body.summary.onboardingPending, 7);
    assert.equal(all.body.clients[0].externalTenantId, 'fresh-today', 'newest link first');

    const nonAttributed = await referral(sandbox, 'GET', '/clients?isattributedclient=FALSE');
    assert.deepEqual(
      nonAttributed.body.clients.map((client: any) => client.externalTenantId),
      ['linked-elsewhere'],
    );
    const today = clock.now().toISOString().slice(0, 10);
    const recent = await referral(sandbox, 'GET', `/clients?DateCreatedFrom=${today}&DateCreatedTo=${today}`);
    assert.deepEqual(
      recent.body.clients.map((client: any) => client.externalTenantId),
      ['fresh-today'],
    );
    const byId = await referral(sandbox, 'GET', '/clients?ExternalTenantId=acme-ready&OnboardingDone=true');
    assert.deepEqual(
      byId.body.clients.map((client: any) => client.externalTenantId),
      ['acme-ready'],
    );
  });

  test('400 for a filter that does not bind: a boolean other than true/false, a date that is not one', async () => {
    const { sandbox } = newSandbox();
    for (const query of [
      'OnboardingDone=maybe',
      'IsAttributedClient=1',
      'DateCreatedFrom=yesterday',
      'DateCreatedTo=2026-02-30',
    ]) {
      const answer = await referral(sandbox, 'GET', `/clients?${query}`);
      assert.equal(answer.status, 400, query);
      checkSpec('referral', 'GET', '/clients', 400, answer.body);
      assert.match(answer.body.message, new RegExp(query.split('=')[0]!));
    }
  });
});

describe('POST /referral/clients/{id}/withdraw', () => {
  test('a client that never finished is withdrawn: 204, its waiting cases close as never started, the id is free again', async () => {
    const { sandbox } = newSandbox();
    const receiver = await startReceiver();
    await subscribe(sandbox, receiver.url, ['case.closed'], false);
    const created = await referral(sandbox, 'POST', '/clients', newClient('quitter', [caseRequest({ isTest: false })]));
    const caseId = created.body.caseResults.successfulCases[0].id;

    const withdrawn = await referral(sandbox, 'POST', '/clients/quitter/withdraw');
    assert.deepEqual([withdrawn.status, withdrawn.text], [204, '']);
    const [closed] = await receiver.waitFor(1);
    assert.deepEqual(
      [closed!.json.data.caseId, closed!.json.data.closeCode],
      [caseId, 'Case never started - Internal'],
    );
    assert.equal((await referral(sandbox, 'GET', '/clients/quitter')).status, 404);
    assert.equal((await referral(sandbox, 'POST', '/oauth/token', { externalTenantId: 'quitter' })).status, 404);
    const again = await referral(sandbox, 'POST', '/clients', newClient('quitter'));
    assert.equal(again.status, 202);
    assert.notEqual(again.body.client.id, created.body.client.id, 'a new client record');
    assert.equal((await referral(sandbox, 'POST', '/clients/newco-onboarding/withdraw')).status, 204);
  });

  test('409 for a client whose cases moved on or that is not attributed; 404 for no active link', async () => {
    const { sandbox } = newSandbox();
    const progressed = await referral(sandbox, 'POST', '/clients/acme-ready/withdraw');
    assert.equal(progressed.status, 409);
    checkSpec('referral', 'POST', '/clients/acme-ready/withdraw', 409, progressed.body);
    assert.match(progressed.body.message, /progressed beyond PendingContractSigning/);

    const approval = (await referral(sandbox, 'POST', '/clients', newClient('linked-elsewhere'))).body.data;
    assert.equal((await referral(sandbox, 'POST', '/clients/linked-elsewhere/withdraw')).status, 404, 'pending');
    await submitForm(sandbox, approval.onboardingLinks.url);
    const nonAttributed = await referral(sandbox, 'POST', '/clients/linked-elsewhere/withdraw');
    assert.equal(nonAttributed.status, 409);
    assert.match(nonAttributed.body.message, /attributed/);
    const missing = await referral(sandbox, 'POST', '/clients/nobody/withdraw');
    assert.equal(missing.status, 404);
    checkSpec('referral', 'POST', '/clients/nobody/withdraw', 404, missing.body);
  });
});

describe('POST /referral/clients/{id}/kyc-verification', () => {
  test('201 with the record; the client shows it as verified and its UK cases are no longer blocked', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'kyc-required');
    assert.equal((await customer('POST', '/cases', caseRequest({}, 'GB'))).status, 422);

    const submitted = await kyc(sandbox, 'kyc-required', director);
    assert.equal(submitted.status, 201);
    checkSpec('referral', 'POST', '/clients/kyc-required/kyc-verification', 201, submitted.body);
    assert.deepEqual(
      [submitted.body.directorFullName, submitted.body.directorDateOfBirth, submitted.body.verificationStatus],
      ['Harriet Cole', '1975-09-30', 'Completed'],
    );
    const client = await referral(sandbox, 'GET', '/clients/kyc-required');
    checkSpec('referral', 'GET', '/clients/kyc-required', 200, client.body);
    assert.equal(client.body.kycStatus, 'Verified');
    assert.equal(client.body.kycVerification.directorHomeAddress, director.directorHomeAddress);
    assert.equal((await customer('POST', '/cases', caseRequest({}, 'GB'))).status, 200);
  });

  test('the latest submission wins, and open cases hear about it unless sendChatNotification=false', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'kyc-required');
    const open = (await customer('GET', '/cases?Statuses=Active')).body.cases[0];
    const chatsBefore = (await customer('GET', `/cases/${open.id}/chats`)).body.length;

    await kyc(sandbox, 'kyc-required', director);
    await kyc(
      sandbox,
      'kyc-required',
      { ...director, directorFullName: 'Harriet A. Cole' },
      {},
      '?sendChatNotification=false',
    );
    const client = await referral(sandbox, 'GET', '/clients/kyc-required');
    assert.equal(client.body.kycVerification.directorFullName, 'Harriet A. Cole');
    const chats = (await customer('GET', `/cases/${open.id}/chats`)).body;
    assert.equal(chats.length, chatsBefore + 1, 'one notification, from the first submission only');
    assert.match(chats.at(-1).message, /KYC verification was submitted/);
  });

  test('Idempotency-Key: the same body replays the first answer; another body is a 422 IdempotencyConflict', async () => {
    const { sandbox, clock } = newSandbox();
    const key = { 'Idempotency-Key': 'kyc-1' };
    const first = await kyc(sandbox, 'kyc-required', director, key);
    clock.advanceSeconds(60);
    const replay = await kyc(sandbox, 'kyc-required', { ...director }, key);
    assert.deepEqual([replay.status, replay.body], [201, first.body]);
    const conflict = await kyc(sandbox, 'kyc-required', { ...director, directorFullName: 'Someone Else' }, key);
    assert.equal(conflict.status, 422);
    assert.equal(conflict.body.businessErrors[0].type, 'IdempotencyConflict');
    checkComponent('BusinessErrorResponseApiDTO', conflict.body);
    assert.equal(
      (await referral(sandbox, 'GET', '/clients/kyc-required')).body.kycVerification.directorFullName,
      'Harriet Cole',
    );
    const longKey = await kyc(sandbox, 'kyc-required', director, { 'Idempotency-Key': 'k'.repeat(256) });
    assert.equal(longKey.status, 400);
  });

  test('400 names the field, 415 for a body that is not JSON, 404 for no active link', async () => {
    const { sandbox } = newSandbox();
    const missing = await kyc(sandbox, 'kyc-required', { directorFullName: 'Harriet Cole' });
    assert.equal(missing.status, 400);
    checkComponent('ApiErrorResponseDto', missing.body);
    assert.deepEqual(
      missing.body.businessErrors.map((error: any) => error.message.split(':')[0]),
      ['directorHomeAddress', 'directorDateOfBirth'],
    );
    const text = await kyc(sandbox, 'kyc-required', JSON.stringify(director), { 'Content-Type': 'text/plain' });
    assert.equal(text.status, 415);
    const nobody = await kyc(sandbox, 'nobody', director);
    assert.equal(nobody.status, 404);
    checkSpec('referral', 'POST', '/clients/nobody/kyc-verification', 404, nobody.body);
  });
});

describe('test-environment reset: is-deletable and DELETE /referral/clients/{id}', () => {
  test('a client with cases in collection is not deletable and DELETE refuses it', async () => {
    const { sandbox } = newSandbox();
    const check = await referral(sandbox, 'GET', '/clients/acme-ready/is-deletable');
    assert.equal(check.status, 200);
    checkSpec('referral', 'GET', '/clients/acme-ready/is-deletable', 200, check.body);
    assert.equal(check.body.isDeletable, false);
    assert.match(check.body.blockers.join(' '), /active collection/);
    const refused = await referral(sandbox, 'DELETE', '/clients/acme-ready');
    assert.equal(refused.status, 409);
    checkComponent('ApiErrorResponseDto', refused.body);
    assert.equal((await referral(sandbox, 'GET', '/clients/acme-ready')).status, 200);
  });

  test('a deletable client and its cases are gone; the same id then starts a new client', async () => {
    const { sandbox } = newSandbox();
    const created = await referral(sandbox, 'POST', '/clients', newClient('redo', [caseRequest()]));
    const check = await referral(sandbox, 'GET', '/clients/redo/is-deletable');
    assert.deepEqual(check.body, { isDeletable: true, blockers: [] });
    const deleted = await referral(sandbox, 'DELETE', '/clients/redo');
    assert.deepEqual([deleted.status, deleted.text], [204, '']);
    assert.equal((await referral(sandbox, 'GET', '/clients/redo')).status, 404);
    const fresh = await referral(sandbox, 'POST', '/clients', newClient('redo'));
    assert.equal(fresh.status, 202);
    assert.notEqual(fresh.body.client.id, created.body.client.id);
    assert.equal(fresh.body.caseStats.casesTotal, 0);
    const missing = await referral(sandbox, 'DELETE', '/clients/nobody');
    assert.equal(missing.status, 404);
    checkSpec('referral', 'DELETE', '/clients/nobody', 404, missing.body);
    assert.equal((await referral(sandbox, 'GET', '/clients/nobody/is-deletable')).status, 404);
  });
});

describe('GET /referral/coverage', () => {
  test('every jurisdiction with its partner; US states each on their own', async () => {
    const { sandbox } = newSandbox();
    const coverage = await referral(sandbox, 'GET', '/coverage');
    assert.equal(coverage.status, 200);
    checkSpec('referral', 'GET', '/coverage', 200, coverage.body);
    const denmark = coverage.body.find((item: any) => item.countryAlpha2 === 'DK');
    assert.deepEqual(
      [denmark.jurisdiction, denmark.country, denmark.partners[0].partnerName, denmark.partners[0].conditions],
      ['Denmark', 'Denmark', 'Nordlys Inkasso ApS', 'All cases'],
    );
    const california = coverage.body.find((item: any) => item.usStateAlpha2 === 'CA');
    assert.equal(california.jurisdiction, 'United States - California');
    assert.equal(coverage.body.filter((item: any) => item.countryAlpha2 === 'AQ').length, 0);
    assert.equal(
      new Set(coverage.body.map((item: any) => item.countryId)).size < coverage.body.length,
      true,
      'one id per country',
    );
  });
});
