import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertMatchesSpec } from './openapi-contract.js';
import { caseRequest, clientFor, newSandbox } from './sandbox-cases-harness.js';

describe('sandbox GET /cases', () => {
  it('pages the seeded history with the page block', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    await acme.post('/cases', caseRequest({ creditorReference: 'SPEC-SHAPE-1' }));
    const own = await acme.get('/cases?Query=SPEC-SHAPE-1');
    assertMatchesSpec('customer', 'GET', '/cases', 200, own.body);
    const first = await acme.get('/cases?PageSize=25');
    assert.equal(first.status, 200);
    const total = first.body.page.totalResults;
    assert.ok(total >= 100, `acme-ready should have a long history, has ${total}`);
    assert.deepEqual(first.body.page, {
      totalResults: total,
      pageSize: 25,
      currentPage: 1,
      responseCount: 25,
      totalPages: Math.ceil(total / 25),
    });
    const last = await acme.get(`/cases?PageSize=25&Page=${Math.ceil(total / 25)}`);
    assert.equal(last.body.cases.length, total - 25 * (Math.ceil(total / 25) - 1));
    const ids = new Set<string>();
    for (let page = 1; page <= Math.ceil(total / 25); page++) {
      for (const invoice of (await acme.get(`/cases?PageSize=25&Page=${page}`)).body.cases) ids.add(invoice.id);
    }
    assert.equal(ids.size, total, 'pages neither overlap nor skip cases');
  });

  it('answers 400 for a page size outside 1..100', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    for (const size of ['0', '101']) {
      const answer = await acme.get(`/cases?PageSize=${size}`);
      assert.equal(answer.status, 400);
      assertMatchesSpec('customer', 'GET', '/cases', 400, answer.body);
    }
  });

  it('filters by status names and labels, and sorts', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const closedOrPaused = await acme.get('/cases?Statuses=closed&Statuses=Paused&PageSize=100');
    assert.ok(closedOrPaused.body.cases.length > 0);
    assert.ok(
      closedOrPaused.body.cases.every((invoice: { lifecycle: string }) =>
        ['Closed', 'Paused'].includes(invoice.lifecycle),
      ),
    );
    const byLabel = await acme.get(`/cases?Statuses=${encodeURIComponent('More Info Required,Active')}&PageSize=100`);
    assert.deepEqual(
      [...new Set(byLabel.body.cases.map((invoice: { lifecycle: string }) => invoice.lifecycle))].sort(),
      ['Active', 'More Info Required'],
    );
    const sorted = await acme.get('/cases?Sort=GrossAmount:desc&PageSize=100');
    const amounts = sorted.body.cases.map((invoice: { grossAmount: number }) => invoice.grossAmount);
    assert.deepEqual(
      amounts,
      [...amounts].sort((a, b) => b - a),
    );
  });

  it('searches by creditor reference and debtor name', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    await acme.post('/cases', caseRequest({ creditorReference: 'FIND-ME-42' }, { name: 'Zebulon Quartz Ltd' }));
    assert.equal((await acme.get('/cases?Query=find-me-42')).body.page.totalResults, 1);
    assert.equal((await acme.get('/cases?Query=zebulon')).body.cases[0].creditorReference, 'FIND-ME-42');
  });
});

describe('sandbox case lookups and tenant isolation', () => {
  it('finds a case by id, creditor reference and case reference', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const created = (await acme.post('/cases', caseRequest({ creditorReference: 'LOOKUP-1' }))).body;
    const byId = await acme.get(`/cases/${created.id}`);
    assertMatchesSpec('customer', 'GET', `/cases/${created.id}`, 200, byId.body);
    assert.equal((await acme.get('/cases/by-creditor-reference/LOOKUP-1')).body.id, created.id);
    assert.equal((await acme.get(`/cases/case-reference/${created.reference.toLowerCase()}`)).body.id, created.id);
    assert.equal((await acme.get('/cases/by-creditor-reference/NOPE')).status, 404);
  });

  it('answers 400 for an id that is not a GUID', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const answer = await acme.get('/cases/not-a-guid');
    assert.equal(answer.status, 400);
    assertMatchesSpec('customer', 'GET', '/cases/not-a-guid', 400, answer.body);
  });

  it("answers 404 for another tenant's case on every case endpoint", async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const kyc = await clientFor(sandbox, 'kyc-required');
    const theirs = (await acme.post('/cases', caseRequest({ creditorReference: 'ACME-ONLY' }))).body;
    for (const path of ['', '/timeline', '/payments', '/chats', '/files', '/contract-status']) {
      const answer = await kyc.get(`/cases/${theirs.id}${path}`);
      assert.equal(answer.status, 404, `GET /cases/{id}${path}`);
      assertMatchesSpec('customer', 'GET', `/cases/${theirs.id}${path}`, 404, answer.body);
    }
    assert.equal((await kyc.get('/cases/by-creditor-reference/ACME-ONLY')).status, 404);
    assert.equal((await kyc.get(`/cases/case-reference/${theirs.reference}`)).status, 404);
    assert.equal((await kyc.get('/cases?Query=ACME-ONLY')).body.page.totalResults, 0);
  });
});

describe('sandbox case sub-resources', () => {
  it('serves timeline and payments of a seeded closed case in spec shape', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const closed = (await acme.get('/cases?Statuses=Closed&PageSize=100')).body.cases;
    const paid = closed.find((invoice: { closeCode: string }) => invoice.closeCode === 'Paid');
    assert.ok(paid, 'the seed has a paid case');
    const timeline = await acme.get(`/cases/${paid.id}/timeline`);
    assertMatchesSpec('customer', 'GET', `/cases/${paid.id}/timeline`, 200, timeline.body);
    const dates = timeline.body.items.map((item: { date: string }) => item.date);
    assert.deepEqual(dates, [...dates].sort(), 'timeline reads oldest first');
    const payments = await acme.get(`/cases/${paid.id}/payments`);
    assertMatchesSpec('customer', 'GET', `/cases/${paid.id}/payments`, 200, payments.body);
    assert.ok(payments.body.length > 0);
  });

  it('lists what a More Info Required case is waiting for, and nothing for other cases', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const [waiting] = (await acme.get('/cases?Statuses=NeedsAdditionalDetails')).body.cases;
    assert.ok(waiting, 'the seed has a case waiting for information');
    const validation = await acme.get(`/cases/${waiting.id}/validation`);
    assertMatchesSpec('customer', 'GET', `/cases/${waiting.id}/validation`, 200, validation.body);
    assert.equal(validation.body.needsInfo, true);
    assert.ok(validation.body.items.length > 0);
    const [active] = (await acme.get('/cases?Statuses=Active')).body.cases;
    const none = await acme.get(`/cases/${active.id}/validation`);
    assert.deepEqual(none.body, { needsInfo: false, items: [] });
  });

  it('reports the contract status of the creditor', async () => {
    const sandbox = newSandbox();
    const signed = await (await clientFor(sandbox, 'acme-ready')).get('/contracts/debt-collection/status');
    assertMatchesSpec('customer', 'GET', '/contracts/debt-collection/status', 200, signed.body);
    assert.equal(signed.body.signed, true);
    assert.ok(signed.body.termsUrl);
    const unsigned = await (await clientFor(sandbox, 'unsigned-contract')).get('/contracts/debt-collection/status');
    assert.equal(unsigned.body.signed, false);
    assert.ok(unsigned.body.solutionUrl);
  });

  it('lists the team with GUID ids, paged', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const users = await acme.get('/users');
    assertMatchesSpec('customer', 'GET', '/users', 200, users.body);
    assert.equal(users.body.page.pageSize, 50);
    assert.ok(users.body.users.some((user: { email: string }) => user.email === 'anna@acme-ready.example'));
    const bad = await acme.get('/users?PageSize=500');
    assert.equal(bad.status, 400);
    assertMatchesSpec('customer', 'GET', '/users', 400, bad.body);
  });
});
