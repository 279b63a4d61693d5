// The Referral API's partner-wide reads against the real sandbox: cases across clients (the same cases the
// Customer API serves each tenant), one case with its potential revenue, file uploads, filter options and the
// revenue transactions, whose amounts follow the cases' payments and each client's referral fee.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertMatchesSpec, specsAvailable } from './openapi-contract.js';
import { call, caseRequest, customerOf, newSandbox, partnerHeaders, referral } from './sandbox-core-harness.js';

const matchesSpec = (method: string, path: string, status: number, body: unknown) => {
  if (specsAvailable) assertMatchesSpec('referral', method, path, status, body);
};

const cents = (value: number) => Math.round(value * 100);

async function allPages(sandbox: ReturnType<typeof newSandbox>['sandbox'], path: string, key: 'cases' | 'data') {
  const items: any[] = [];
  for (let page = 1; ; page++) {
    const joiner = path.includes('?') ? '&' : '?';
    const answer = await referral(sandbox, 'GET', `${path}${joiner}Page=${page}&PageSize=100`);
    assert.equal(answer.status, 200);
    items.push(...answer.body[key]);
    if (page >= answer.body.page.totalPages) return { items, last: answer.body };
  }
}

describe('Referral GET /cases', () => {
  it('lists every linked client’s cases, newest first, with the spec’s shape and a summary', async () => {
    const { sandbox } = newSandbox();
    const answer = await referral(sandbox, 'GET', '/cases');
    assert.equal(answer.status, 200);
    matchesSpec('GET', '/cases', 200, answer.body);
    assert.equal(answer.body.page.pageSize, 10);
    assert.equal(answer.body.cases.length, 10);
    const { items } = await allPages(sandbox, '/cases', 'cases');
    const tenants = new Set(items.map((item) => item.client.externalTenantId));
    assert.deepEqual([...tenants].sort(), ['acme-ready', 'blocked-creditor', 'kyc-required']);
    const created = items.map((item) => Date.parse(item.dateCreated));
    assert.deepEqual(
      created,
      [...created].sort((a, b) => b - a),
    );
    const { summary } = answer.body;
    assert.equal(summary.totalCases, items.length);
    const { active, pending, closed, paused } = summary.byLifecycle;
    assert.equal(active, items.filter((item) => item.lifecycle === 'Active').length);
    assert.equal(paused, items.filter((item) => item.lifecycle === 'Paused').length);
    assert.ok(pending > 0 && closed > 0);
  });

  it('is the same case the tenant’s Customer API shows, and a new case appears in it', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const created = await customer('POST', '/cases', caseRequest({ creditorReference: 'PARTNER-VIEW-1' }));
    assert.equal(created.status, 200);
    const id = created.body.result?.id ?? created.body.id;
    const listed = await referral(sandbox, 'GET', '/cases?Query=PARTNER-VIEW-1');
    assert.equal(listed.body.page.totalResults, 1);
    const [item] = listed.body.cases;
    assert.equal(item.id, id);
    assert.equal(item.client.externalTenantId, 'acme-ready');
    assert.equal(item.client.contacts.onboardingUser.email, 'anna@acme-ready.example');
    assert.equal(item.debtor.country, 'Denmark');
  });

  it('filters by client, status, creation date, country and collection partner, and sorts by amount', async () => {
    const { sandbox } = newSandbox();
    const byClient = await allPages(sandbox, '/cases?ExternalTenantId=kyc-required', 'cases');
    assert.ok(byClient.items.length > 0);
    assert.ok(byClient.items.every((item) => item.client.externalTenantId === 'kyc-required'));

    const closed = await allPages(sandbox, '/cases?Statuses=Closed&Statuses=Paused', 'cases');
    assert.ok(closed.items.every((item) => ['Closed', 'Paused'].includes(item.lifecycle)));

    const options = await referral(sandbox, 'GET', '/referral-partner/filter-options');
    const denmark = options.body.countries.find((country: any) => country.name === 'Denmark');
    const danish = await allPages(sandbox, `/cases?CountryIds=${denmark.id}`, 'cases');
    assert.ok(danish.items.length > 0 && danish.items.every((item) => item.debtor.country === 'Denmark'));

    const nordlys = options.body.carveoutPartners.find((partner: any) => partner.name === 'Nordlys Inkasso ApS');
    const handled = await allPages(sandbox, `/cases?CollectionPartnerIds=${nordlys.id}`, 'cases');
    assert.ok(handled.items.length > 0 && handled.items.every((item) => item.collectionPartner === nordlys.name));

    const all = await allPages(sandbox, '/cases', 'cases');
    const middle = all.items[Math.floor(all.items.length / 2)].dateCreated.slice(0, 10);
    const recent = await allPages(sandbox, `/cases?FromDate=${middle}`, 'cases');
    assert.ok(recent.items.length < all.items.length);
    assert.ok(recent.items.every((item) => item.dateCreated.slice(0, 10) >= middle));

    const cheapest = await referral(sandbox, 'GET', '/cases?Sort=GrossAmount:asc&PageSize=5');
    const amounts = cheapest.body.cases.map((item: any) => item.grossAmount);
    assert.deepEqual(
      amounts,
      [...amounts].sort((a, b) => a - b),
    );
  });

  it('answers a filter that does not bind with 400', async () => {
    const { sandbox } = newSandbox();
    for (const query of ['Statuses=Sleeping', 'FromDate=yesterday', 'CountryIds=DK', 'PageSize=101']) {
      const answer = await referral(sandbox, 'GET', `/cases?${query}`);
      assert.equal(answer.status, 400, query);
      matchesSpec('GET', '/cases', 400, answer.body);
    }
  });
});

describe('Referral GET /cases/{id}', () => {
  it('adds the potential revenue in USD: success fee, platform share and the client’s referral fee', async () => {
    const { sandbox } = newSandbox();
    const listed = await referral(sandbox, 'GET', '/cases?ExternalTenantId=kyc-required&Statuses=Active');
    const item =
      listed.body.cases[0] ?? (await referral(sandbox, 'GET', '/cases?ExternalTenantId=kyc-required')).body.cases[0];
    const answer = await referral(sandbox, 'GET', `/cases/${item.id}`);
    assert.equal(answer.status, 200);
    matchesSpec('GET', '/cases/{id}', 200, answer.body);
    const revenue = answer.body.potentialRevenue;
    assert.equal(revenue.referralFeePercentage, 25, 'kyc-required’s link was made at 25 %');
    assert.equal(revenue.platformRevenueSharePercentage, 40);
    assert.ok(revenue.successFeePercentage > 0);
    assert.equal(
      cents(revenue.collectionPartnerRevenueUsd),
      Math.round(revenue.grossAmountUsd * revenue.successFeePercentage),
    );
    assert.equal(cents(revenue.referralRevenueUsd), Math.round(revenue.platformRevenueUsd * 25));
    if (answer.body.currency !== 'USD') assert.notEqual(revenue.grossAmountUsd, answer.body.grossAmount);
  });

  it('is 404 for an unknown id and for a non-GUID', async () => {
    const { sandbox } = newSandbox();
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-guid']) {
      const answer = await referral(sandbox, 'GET', `/cases/${id}`);
      assert.equal(answer.status, 404);
      matchesSpec('GET', '/cases/{id}', 404, answer.body);
    }
  });
});

describe('Referral POST /cases/{caseId}/files', () => {
  async function upload(sandbox: any, caseId: string, form: FormData | string, query = '') {
    const init: RequestInit = { method: 'POST', headers: partnerHeaders, body: form };
    if (typeof form === 'string') init.headers = { ...partnerHeaders, 'Content-Type': 'application/json' };
    const response = await sandbox.fetch(
      new Request(`http://sandbox.test/referral/cases/${caseId}/files${query}`, init),
    );
    return { status: response.status, body: await response.json().catch(() => undefined) };
  }

  it('stores the file on the client’s case and tells the collection partner in the chat', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const created = await customer('POST', '/cases', caseRequest({ creditorReference: 'UPLOAD-1' }));
    const id = created.body.result?.id ?? created.body.id;
    const form = new FormData();
    form.append('file', new File(['%PDF-1.4'], 'statement.pdf', { type: 'application/pdf' }));
    const answer = await upload(sandbox, id, form);
    assert.equal(answer.status, 200);
    const files = await customer('GET', `/cases/${id}/files`);
    assert.deepEqual(
      files.body.map((file: any) => file.fileName),
      ['statement.pdf'],
    );
    const chats = await customer('GET', `/cases/${id}/chats`);
    assert.ok(chats.body.some((chat: any) => chat.message.includes('statement.pdf')));

    const quiet = new FormData();
    quiet.append('file', new File(['a,b'], 'ledger.csv', { type: 'text/csv' }));
    assert.equal((await upload(sandbox, id, quiet, '?sendChatNotification=false')).status, 200);
    const after = await customer('GET', `/cases/${id}/chats`);
    assert.equal(after.body.length, chats.body.length);
  });

  it('refuses a body that is not multipart (415), a wrong file type (415), no file (400) and an unknown case (404)', async () => {
    const { sandbox } = newSandbox();
    const [item] = (await referral(sandbox, 'GET', '/cases?PageSize=1')).body.cases;
    const json = await upload(sandbox, item.id, JSON.stringify({ file: 'x' }));
    assert.equal(json.status, 415);
    matchesSpec('POST', '/cases/{caseId}/files', 415, json.body);
    const exe = new FormData();
    exe.append('file', new File(['MZ'], 'tool.exe'));
    assert.equal((await upload(sandbox, item.id, exe)).status, 415);
    const empty = new FormData();
    empty.append('note', 'no file');
    const missing = await upload(sandbox, item.id, empty);
    assert.equal(missing.status, 400);
    matchesSpec('POST', '/cases/{caseId}/files', 400, missing.body);
    const form = new FormData();
    form.append('file', new File(['x'], 'a.txt'));
    assert.equal((await upload(sandbox, '00000000-0000-4000-8000-000000000000', form)).status, 404);
  });
});

describe('Referral GET /referral-partner/filter-options', () => {
  it('lists the debtor countries of the partner’s cases and the collection partners, sorted by name', async () => {
    const { sandbox } = newSandbox();
    const answer = await referral(sandbox, 'GET', '/referral-partner/filter-options');
    assert.equal(answer.status, 200);
    matchesSpec('GET', '/referral-partner/filter-options', 200, answer.body);
    const names = answer.body.countries.map((country: any) => country.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b)),
    );
    const { items } = await allPages(sandbox, '/cases', 'cases');
    assert.deepEqual(new Set(names), new Set(items.map((item) => item.debtor.country)));
    assert.ok(answer.body.carveoutPartners.length > 0);
  });
});

describe('Referral GET /reporting/transactions', () => {
  it('has one transaction per payment, and a case’s transactions sum to its referral-fee share', async () => {
    const { sandbox } = newSandbox();
    const first = await referral(sandbox, 'GET', '/reporting/transactions');
    assert.equal(first.status, 200);
    matchesSpec('GET', '/reporting/transactions', 200, first.body);
    const { items } = await allPages(sandbox, '/reporting/transactions', 'data');
    assert.ok(items.length > 10);
    for (const transaction of items) {
      const { earnings } = transaction;
      assert.equal(
        cents(earnings.referralFeeAmount),
        Math.round(earnings.debituraRevenue * earnings.referralFeePercentage),
        'the referral fee is the client’s share of Debitura’s revenue',
      );
    }
    // Per client: the fee percentage is the client's own, and the client's earnings match the sum.
    const fees = new Map(
      items.map((transaction) => [transaction.client.externalTenantId, transaction.earnings.referralFeePercentage]),
    );
    assert.equal(fees.get('acme-ready'), 20);
    for (const [tenant] of fees) {
      const client = await referral(sandbox, 'GET', `/clients/${tenant}`);
      const sum = items
        .filter((transaction) => transaction.client.externalTenantId === tenant)
        .reduce((total, transaction) => total + transaction.earnings.referralFeeAmountUsd, 0);
      assert.equal(cents(client.body.caseStats.earningsUsd), Math.round(sum * 100));
    }
  });

  it('turns a new payment into a pending transaction of that case', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const created = await customer(
      'POST',
      '/cases',
      caseRequest({ creditorReference: 'PAID-NOW', amountToRecover: 1000 }),
    );
    const id = created.body.result?.id ?? created.body.id;
    const advanced = await customer('POST', `/test/cases/${id}/advance`, { to: 'Closed:Paid', amount: 1000 });
    assert.equal(advanced.status, 200);
    const detail = await referral(sandbox, 'GET', `/cases/${id}`);
    const reference = detail.body.reference;
    const answer = await referral(sandbox, 'GET', `/reporting/transactions?Search=${reference}`);
    assert.equal(answer.body.data.length, 1);
    const [transaction] = answer.body.data;
    assert.equal(transaction.case.invoiceId, id);
    assert.equal(transaction.payment.amount, 1000);
    assert.deepEqual(transaction.status, {
      commissionPaymentStatus: 'Unpaid',
      platformInvoicingStatus: 'NotInvoiced',
      referralInvoicingStatus: 'Pending',
    });
    assert.equal(transaction.earnings.isEstimate, true);
    assert.equal(transaction.recognition.isRecognized, false);
    // The whole gross was collected, so the transaction earns exactly the case's potential referral revenue.
    assert.ok(
      Math.abs(transaction.earnings.referralFeeAmountUsd - detail.body.potentialRevenue.referralRevenueUsd) <= 0.02,
    );
  });

  it('summarises the pipeline over the filtered transactions, whatever RevenueStages lists', async () => {
    const { sandbox } = newSandbox();
    const { items, last } = await allPages(sandbox, '/reporting/transactions', 'data');
    const revenue = last.summary.revenue;
    const counts = [
      revenue.pendingCount,
      revenue.confirmedPendingInvoiceCount,
      revenue.awaitingCollectionPartnerPaymentCount,
      revenue.readyToInvoiceDebituraCount,
      revenue.awaitingDebituraPaymentCount,
      revenue.paidCount,
      revenue.disputedCount,
    ];
    assert.equal(
      counts.reduce((a, b) => a + b, 0),
      items.length,
    );
    assert.ok(revenue.paidCount > 0 && revenue.disputedCount > 0);
    const paid = items.filter((transaction) => transaction.status.referralInvoicingStatus === 'Paid');
    assert.equal(paid.length, revenue.paidCount);
    assert.equal(
      cents(revenue.paidReferralFeeUsd),
      Math.round(paid.reduce((sum, transaction) => sum + transaction.earnings.referralFeeAmountUsd, 0) * 100),
    );

    const disputedOnly = await referral(sandbox, 'GET', '/reporting/transactions?RevenueStages=6&PageSize=100');
    assert.equal(disputedOnly.body.data.length, revenue.disputedCount);
    assert.ok(
      disputedOnly.body.data.every((transaction: any) => transaction.status.referralInvoicingStatus === 'Disputed'),
    );
    assert.deepEqual(disputedOnly.body.summary, last.summary, 'the summary ignores RevenueStages');

    const byName = await referral(
      sandbox,
      'GET',
      '/reporting/transactions?ReferralInvoicingStatuses=Paid&PageSize=100',
    );
    const byNumber = await referral(sandbox, 'GET', '/reporting/transactions?ReferralInvoicingStatuses=2&PageSize=100');
    assert.equal(byName.body.page.totalResults, revenue.paidCount);
    assert.deepEqual(byName.body.data, byNumber.body.data);

    const client = await referral(sandbox, 'GET', '/reporting/transactions?ExternalTenantId=kyc-required&PageSize=100');
    assert.ok(client.body.data.every((transaction: any) => transaction.client.externalTenantId === 'kyc-required'));
    const clientCounts = Object.entries(client.body.summary.revenue)
      .filter(([name]) => name.endsWith('Count'))
      .reduce((sum, [, value]) => sum + (value as number), 0);
    assert.equal(clientCounts, client.body.page.totalResults);
  });

  it('filters by collection date and recognition, sorts by amount, and refuses values that do not bind', async () => {
    const { sandbox } = newSandbox();
    const { items } = await allPages(sandbox, '/reporting/transactions', 'data');
    const cut = items[Math.floor(items.length / 2)].date.slice(0, 10);
    const { items: older } = await allPages(sandbox, `/reporting/transactions?ToDate=${cut}`, 'data');
    assert.ok(older.length > 0 && older.length < items.length);
    assert.ok(older.every((transaction) => transaction.date.slice(0, 10) <= cut));

    const { items: recognized } = await allPages(sandbox, '/reporting/transactions?HasRecognizedRevenue=true', 'data');
    assert.ok(recognized.length > 0);
    assert.ok(
      recognized.every(
        (transaction) => transaction.recognition.referralFeeRecognizedUsd === transaction.earnings.referralFeeAmountUsd,
      ),
    );

    // Amounts are compared in USD: the payment converted at the rate its earnings were converted at.
    const byAmount = await referral(sandbox, 'GET', '/reporting/transactions?Sort=amount:desc&PageSize=20');
    const usd: number[] = byAmount.body.data.map(
      (transaction: any) =>
        (transaction.payment.amount * transaction.earnings.debituraRevenueUsd) / transaction.earnings.debituraRevenue,
    );
    assert.equal(usd.length, 20);
    usd.slice(1).forEach((amount, index) => assert.ok(amount <= usd[index]! + 0.5, `${amount} after ${usd[index]}`));
    assert.ok(usd[0]! > usd[19]!);

    for (const query of [
      'RevenueStages=9',
      'HasRecognizedRevenue=maybe',
      'CommissionPaymentStatuses=Owed',
      'ToDate=soon',
    ]) {
      const answer = await referral(sandbox, 'GET', `/reporting/transactions?${query}`);
      assert.equal(answer.status, 400, query);
      matchesSpec('GET', '/reporting/transactions', 400, answer.body);
    }
  });
});

describe('the new Referral reads need the partner key', () => {
  it('answers 401 without it', async () => {
    const { sandbox } = newSandbox();
    for (const path of ['/cases', '/reporting/transactions', '/referral-partner/filter-options']) {
      assert.equal((await call(sandbox, 'GET', `/referral${path}`)).status, 401, path);
    }
  });
});
