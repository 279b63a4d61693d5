import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lifecycleLabels, lifecycleStatuses } from '../../src/wire/index.js';
import { specMismatches, specsAvailable } from './openapi-contract.js';
import { customerOf, newSandbox, startOfTest } from './sandbox-core-harness.js';

async function allCases(customer: Awaited<ReturnType<typeof customerOf>>): Promise<any[]> {
  const cases: any[] = [];
  for (let page = 1; ; page++) {
    const answer = await customer('GET', `/cases?PageSize=100&Page=${page}`);
    cases.push(...answer.body.cases);
    if (page >= answer.body.page.totalPages) return cases;
  }
}

describe('seeded data', () => {
  test('acme-ready has about 150 cases covering every lifecycle status, none dated after now', async () => {
    const { sandbox } = newSandbox();
    const cases = await allCases(await customerOf(sandbox, 'acme-ready'));
    assert.equal(cases.length, 150);
    const seen = new Set(cases.map((invoice) => invoice.lifecycle));
    for (const status of lifecycleStatuses) assert.ok(seen.has(lifecycleLabels[status]), `no ${status} case`);
    for (const invoice of cases) {
      assert.ok(Date.parse(invoice.dateCreated) <= startOfTest.getTime(), invoice.dateCreated);
      assert.ok(Date.parse(invoice.date) <= Date.parse(invoice.dueDate));
      if (invoice.lifecycle === 'Closed') assert.ok(invoice.closeCode && invoice.dateFinished);
      else assert.equal(invoice.closeCode, null);
    }
    const references = new Set(cases.map((invoice) => invoice.reference));
    assert.equal(references.size, 150);
    const paid = cases.filter((invoice) => invoice.closeCode === 'Paid');
    assert.ok(paid.length > 0 && paid.every((invoice) => invoice.remainder === 0));
  });

  test('is the same on every start (seeded PRNG, dates relative to now)', async () => {
    const first = await allCases(await customerOf(newSandbox().sandbox, 'acme-ready'));
    const second = await allCases(await customerOf(newSandbox().sandbox, 'acme-ready'));
    assert.deepEqual(second, first);
  });

  test('cases carry timelines, payments and chat messages that match the spec', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const cases = await allCases(customer);
    let payments = 0;
    let chats = 0;
    const problems: string[] = [];
    for (const invoice of cases) {
      const timeline = await customer('GET', `/cases/${invoice.id}/timeline`);
      assert.ok(timeline.body.items.length >= 1);
      const paymentList = await customer('GET', `/cases/${invoice.id}/payments`);
      const chatList = await customer('GET', `/cases/${invoice.id}/chats`);
      payments += paymentList.body.length;
      chats += chatList.body.length;
      if (specsAvailable) {
        problems.push(...specMismatches('customer', 'GET', `/cases/${invoice.id}`, 200, invoice));
        problems.push(...specMismatches('customer', 'GET', `/cases/${invoice.id}/timeline`, 200, timeline.body));
        problems.push(...specMismatches('customer', 'GET', `/cases/${invoice.id}/payments`, 200, paymentList.body));
        problems.push(...specMismatches('customer', 'GET', `/cases/${invoice.id}/chats`, 200, chatList.body));
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(payments > 20, `${payments} payments`);
    assert.ok(chats > 20, `${chats} chat messages`);
  });

  test('cases waiting for signatures link to the hosted combined signing page', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const pending = await customer('GET', '/cases?Statuses=PendingContractSigning&PageSize=100');
    assert.ok(pending.body.cases.length > 0);
    for (const invoice of pending.body.cases) {
      assert.match(
        invoice.signingHandoff.combinedSigningUrl,
        /^http:\/\/sandbox\.test\/hosted\/signing\/pendingcontracts\?/,
      );
    }
  });
});
