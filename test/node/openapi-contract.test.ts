import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { assertMatchesSpec, specMismatches, specsAvailable, specsMissingReason } from './openapi-contract.js';

const caseId = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const activeCase = {
  id: caseId,
  dateCreated: '2026-03-05T09:12:44.517Z',
  reference: 'Q8OAXF3W',
  creditorReference: 'INV-2026-0042',
  grossAmount: 4000,
  remainder: 2500,
  currency: 'EUR',
  isTestCase: true,
  lifecycle: 'Active',
  dueDate: '2026-03-02T00:00:00',
  date: '2026-02-22',
  closeCode: null,
  debtor: { type: 'Company', name: 'Pacific Trading LLC', countryAlpha2: 'US', stateAlpha2: 'CA' },
  collectionPartner: { name: 'West Coast Recoveries', surveyCadenceMode: 0 },
  signingHandoff: { combinedSigningUrl: null },
  validation: { needsInfo: false },
};
const page = { totalResults: 1, pageSize: 10, currentPage: 1, responseCount: 1, totalPages: 1 };

describe('assertMatchesSpec', { skip: specsAvailable ? false : specsMissingReason }, () => {
  test('a valid case passes for GET /cases/{id}', () => {
    assert.doesNotThrow(() => assertMatchesSpec('customer', 'GET', `/cases/${caseId}`, 200, activeCase));
    assert.doesNotThrow(() =>
      assertMatchesSpec('customer', 'get', '/cases?Page=1&Statuses=Active', 200, { page, cases: [activeCase] }),
    );
  });

  test('an invalid case fails and every problem is named with its path', () => {
    const broken = { ...activeCase, grossAmount: '4000', id: 'case-1', riskScore: 7, debtor: { type: 'Company' } };
    assert.throws(
      () => assertMatchesSpec('customer', 'GET', `/cases/${caseId}`, 200, broken),
      (error: Error) =>
        /GET \/cases\/\{id\} 200/.test(error.message) &&
        error.message.includes('$.grossAmount: expected number, got string') &&
        error.message.includes('$.id: "case-1" is not a uuid') &&
        error.message.includes('$.riskScore: not in the spec') &&
        error.message.includes('$.debtor.name: required but missing'),
    );
  });

  test('null is allowed only where the spec says nullable', () => {
    assert.deepEqual(
      specMismatches('customer', 'GET', `/cases/${caseId}`, 200, { ...activeCase, dateFinished: null }),
      [],
    );
    assert.deepEqual(specMismatches('customer', 'GET', `/cases/${caseId}`, 200, { ...activeCase, isTestCase: null }), [
      'GET /cases/{id} 200: $.isTestCase: null is not allowed',
    ]);
  });

  test('a required page block and enum values inside arrays are checked', () => {
    assert.deepEqual(specMismatches('customer', 'GET', '/cases', 200, { cases: [] }), [
      'GET /cases 200: $.page: required but missing',
    ]);
    const chat = { id: caseId, role: 7, message: 'Hi', isSeen: false, user: { email: 'a@b.example' } };
    assert.deepEqual(specMismatches('customer', 'GET', `/cases/${caseId}/chats`, 200, [chat]), [
      'GET /cases/{id}/chats 200: $[0].role: 7 is not one of [0,1,2]',
    ]);
  });

  test('the templated path with the most literal segments wins', () => {
    const timeline = {
      items: [{ date: '2026-03-05T09:12:44', type: 'CaseCreated', title: 'Created', description: '' }],
    };
    assert.doesNotThrow(() => assertMatchesSpec('customer', 'GET', `/cases/${caseId}/timeline`, 200, timeline));
    const problems = specMismatches('customer', 'GET', '/coverage/search', 200, { unexpected: true });
    assert.match(problems[0] ?? '', /^GET \/coverage\/search 200/);
    assert.doesNotThrow(() => assertMatchesSpec('customer', 'GET', '/payments', 200, { page, payments: [] }));
  });

  test('statuses without a JSON body expect none', () => {
    assert.doesNotThrow(() => assertMatchesSpec('customer', 'DELETE', `/test/cases/${caseId}`, 204, undefined));
    assert.throws(
      () => assertMatchesSpec('customer', 'DELETE', `/test/cases/${caseId}`, 204, { deleted: true }),
      /declares no body/,
    );
  });

  test('undeclared statuses and unknown operations fail', () => {
    assert.throws(() => assertMatchesSpec('customer', 'GET', `/cases/${caseId}`, 418, {}), /status not declared/);
    assert.throws(
      () => assertMatchesSpec('customer', 'PATCH', `/cases/${caseId}`, 200, {}),
      /no PATCH \/cases\/.* in the spec/,
    );
  });

  test('referral bodies: a token, a 409 conflict and problem-details extensions', () => {
    const token = {
      accessToken: 'eyJ.e30.sig',
      tokenType: 'Bearer',
      expiresIn: 1800,
      externalTenantId: 't-1',
      creditorId: caseId,
    };
    assert.doesNotThrow(() => assertMatchesSpec('referral', 'POST', '/oauth/token', 200, token));
    assert.throws(
      () => assertMatchesSpec('referral', 'POST', '/oauth/token', 200, { ...token, expiresIn: 1.5 }),
      /expected integer/,
    );
    const conflict = { type: 'ClientExistsNeedsLinking', message: 'Link requested', data: { externalTenantId: 't-1' } };
    assert.doesNotThrow(() => assertMatchesSpec('referral', 'POST', '/clients', 409, conflict));
    const problem = { title: 'Bad Request', status: 400, traceId: '00-abc-01' };
    assert.doesNotThrow(() => assertMatchesSpec('customer', 'GET', '/users?Page=0', 400, problem));
  });
});

test('without the specs the checker says where it looked', () => {
  const probe = `import('./test/node/openapi-contract.ts').then((m) => {
    let thrown = '';
    try { m.assertMatchesSpec('customer', 'GET', '/me', 200, {}); } catch (error) { thrown = error.message; }
    console.log(JSON.stringify({ available: m.specsAvailable, thrown }));
  })`;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', probe], {
    cwd: new URL('../..', import.meta.url),
    env: { ...process.env, DEBITURA_OPENAPI_DIR: '/nonexistent/debitura-specs' },
    encoding: 'utf8',
  });
  const result = JSON.parse(output.trim().split('\n').pop()!) as { available: boolean; thrown: string };
  assert.equal(result.available, false);
  assert.match(result.thrown, /OpenAPI specs not found in \/nonexistent\/debitura-specs/);
});
