import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertMatchesSpec, specsAvailable } from './openapi-contract.js';
import { caseRequest, customerOf, newSandbox } from './sandbox-core-harness.js';

const checkSpec = (...args: Parameters<typeof assertMatchesSpec>) => {
  if (specsAvailable) assertMatchesSpec(...args);
};

async function testCase(overrides: Record<string, unknown> = {}) {
  const { sandbox } = newSandbox();
  const customer = await customerOf(sandbox, 'acme-ready');
  const created = await customer('POST', '/cases', caseRequest(overrides));
  assert.equal(created.status, 200, JSON.stringify(created.body));
  return { sandbox, customer, id: created.body.id as string };
}

describe('POST /customer/test/cases/{id}/advance', () => {
  test('Active starts collection; repeating it is a no-op', async () => {
    const { customer, id } = await testCase();
    const advanced = await customer('POST', `/test/cases/${id}/advance`, { to: 'Active' });
    assert.equal(advanced.status, 200);
    assert.deepEqual(advanced.body, { advanced: true, state: 'Active' });
    checkSpec('customer', 'POST', `/test/cases/${id}/advance`, 200, advanced.body);
    const invoice = (await customer('GET', `/cases/${id}`)).body;
    assert.equal(invoice.lifecycle, 'Active');
    assert.ok(invoice.dateCollectionStarted);
    assert.deepEqual((await customer('POST', `/test/cases/${id}/advance`, { to: 'Active' })).body, {
      advanced: false,
      state: 'Active',
    });
  });

  test('Closed:Paid records the payment, a timeline entry and closes the case as Paid', async () => {
    const { customer, id } = await testCase();
    const answer = await customer('POST', `/test/cases/${id}/advance`, { to: 'Closed:Paid', amount: 1250 });
    assert.deepEqual(answer.body, { advanced: true, state: 'Closed:Paid' });
    const invoice = (await customer('GET', `/cases/${id}`)).body;
    assert.equal(invoice.lifecycle, 'Closed');
    assert.equal(invoice.closeCode, 'Paid');
    assert.equal(invoice.remainder, 0);
    const payments = (await customer('GET', `/cases/${id}/payments`)).body;
    assert.deepEqual(
      payments.map((payment: any) => payment.grossAmount),
      [1250],
    );
    const timeline = (await customer('GET', `/cases/${id}/timeline`)).body.items;
    assert.ok(timeline.some((item: any) => item.type === 'PaymentReceived'));
    assert.ok(timeline.some((item: any) => item.title === 'Case closed'));
  });

  test('Closed:NoPayment closes without a payment; a closed case cannot take another outcome', async () => {
    const { customer, id } = await testCase();
    assert.deepEqual((await customer('POST', `/test/cases/${id}/advance`, { to: 'Closed:NoPayment' })).body, {
      advanced: true,
      state: 'Closed:NoPayment',
    });
    assert.equal((await customer('GET', `/cases/${id}`)).body.closeCode, 'Pre-Legal Exhausted – No Payment');
    assert.deepEqual((await customer('GET', `/cases/${id}/payments`)).body, []);
    assert.equal((await customer('POST', `/test/cases/${id}/advance`, { to: 'Closed:Paid', amount: 10 })).status, 400);
  });

  test('400 for a bad target, a missing amount or a non-test case; 404 for another tenant', async () => {
    const { sandbox, customer, id } = await testCase();
    assert.equal((await customer('POST', `/test/cases/${id}/advance`, { to: 'Paused' })).status, 400);
    assert.equal((await customer('POST', `/test/cases/${id}/advance`, { to: 'Closed:Paid' })).status, 400);
    assert.equal((await customer('POST', `/test/cases/${id}/advance`, { to: 'Closed:Paid', amount: 0 })).status, 400);
    const seeded = (await customer('GET', '/cases?PageSize=1')).body.cases.find((invoice: any) => !invoice.isTestCase);
    if (seeded)
      assert.equal((await customer('POST', `/test/cases/${seeded.id}/advance`, { to: 'Active' })).status, 400);
    const other = await customerOf(sandbox, 'kyc-required');
    assert.equal((await other('POST', `/test/cases/${id}/advance`, { to: 'Active' })).status, 404);
    assert.equal((await customer('POST', '/test/cases/not-a-guid/advance', { to: 'Active' })).status, 400);
  });
});

describe('DELETE /customer/test/cases', () => {
  test('by id: 204, idempotent, and only for test cases', async () => {
    const { customer, id } = await testCase();
    assert.equal((await customer('DELETE', `/test/cases/${id}`)).status, 204);
    assert.equal((await customer('GET', `/cases/${id}`)).status, 404);
    assert.equal((await customer('DELETE', `/test/cases/${id}`)).status, 204);
    const seeded = (await customer('GET', '/cases?PageSize=1')).body.cases[0];
    assert.equal((await customer('DELETE', `/test/cases/${seeded.id}`)).status, 400);
  });

  test('by tag: removes the tagged test cases of this creditor only', async () => {
    const { sandbox, customer, id: tagged } = await testCase({ tag: 'ci-run-7' });
    const untagged = (await customer('POST', '/cases', caseRequest({ creditorReference: 'keep-me' }))).body.id;
    const other = await customerOf(sandbox, 'kyc-required');
    const othersTagged = (await other('POST', '/cases', caseRequest({ tag: 'ci-run-7' }))).body.id;

    assert.equal((await customer('DELETE', '/test/cases?tag=ci-run-7')).status, 204);
    assert.equal((await customer('GET', `/cases/${tagged}`)).status, 404);
    assert.equal((await customer('GET', `/cases/${untagged}`)).status, 200);
    assert.equal((await other('GET', `/cases/${othersTagged}`)).status, 200);
    assert.equal((await customer('DELETE', '/test/cases')).status, 400);
  });
});
