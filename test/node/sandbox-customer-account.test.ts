// The Customer API's account-level resources in the sandbox: the live task queue, account payments that add
// up to each case's collected amount, exclusive periods, quote requests, coverage and divisions, and
// multipart-only uploads. Every answer is checked against the spec as well.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertMatchesSpec, specsAvailable } from './openapi-contract.js';
import { call, customerOf, newSandbox } from './sandbox-core-harness.js';

function checkSpec(method: string, path: string, status: number, body: unknown): void {
  if (specsAvailable) assertMatchesSpec('customer', method, path, status, body);
}

async function acmeCases(acme: Awaited<ReturnType<typeof customerOf>>): Promise<any[]> {
  const cases: any[] = [];
  for (let page = 1; ; page++) {
    const answer = await acme('GET', `/cases?Page=${page}&PageSize=100`);
    cases.push(...answer.body.cases);
    if (page >= answer.body.page.totalPages) return cases;
  }
}

describe('tasks', () => {
  test('a ReplyToChat task is open until the creditor replies in the chat, then it is solved', async () => {
    const { sandbox, clock } = newSandbox();
    const acme = await customerOf(sandbox, 'acme-ready');
    const open = await acme('GET', '/tasks?type=ReplyToChat&PageSize=100');
    assert.equal(open.status, 200);
    checkSpec('GET', '/tasks', 200, open.body);
    const task = open.body.tasks[0];
    assert.ok(task, 'the seed has unanswered partner messages');
    assert.deepEqual(task.action, { method: 'POST', path: `/cases/${task.caseId}/chats` });
    assert.match(task.solutionUrl, /^http:\/\/sandbox\.test\/hosted\//);

    const perCase = await acme('GET', `/cases/${task.caseId}/tasks`);
    checkSpec('GET', `/cases/${task.caseId}/tasks`, 200, perCase.body);
    assert.ok(perCase.body.some((candidate: any) => candidate.id === task.id));

    clock.advanceSeconds(60);
    const reply = await acme('POST', `/cases/${task.caseId}/chats`, {
      message: 'Thanks, we will send the copy today.',
      userEmail: 'anna@acme-ready.example',
    });
    assert.equal(reply.status, 200);
    const after = await acme('GET', '/tasks?type=ReplyToChat&PageSize=100');
    assert.equal(after.body.page.totalResults, open.body.page.totalResults - 1);
    assert.equal(
      after.body.tasks.some((candidate: any) => candidate.id === task.id),
      false,
    );
    const solved = (await acme('GET', `/cases/${task.caseId}/tasks?status=Solved`)).body.find(
      (candidate: any) => candidate.id === task.id,
    );
    assert.equal(solved.status, 'Solved');
    assert.equal(solved.dateSolved, reply.body.dateCreated);
  });

  test("a task's solutionUrl opens the case page, where a reply solves it", async () => {
    const { sandbox } = newSandbox();
    const acme = await customerOf(sandbox, 'acme-ready');
    const [task] = (await acme('GET', '/tasks?type=ReplyToChat')).body.tasks;
    const page = new URL(task.solutionUrl);
    const shown = await call(sandbox, 'GET', page.pathname);
    assert.equal(shown.status, 200);
    assert.match(shown.text, /Reply to chat/);
    const replied = await call(sandbox, 'POST', page.pathname, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'message=The+copy+is+in+the+case+files.',
    });
    assert.equal(replied.status, 303);
    const chats = (await acme('GET', `/cases/${task.caseId}/chats`)).body;
    assert.deepEqual([chats.at(-1).message, chats.at(-1).roleLabel], ['The copy is in the case files.', 'Creditor']);
    assert.equal((await acme('GET', `/cases/${task.caseId}/tasks?type=ReplyToChat`)).body.length, 0);
    const empty = await call(sandbox, 'POST', page.pathname, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'message=',
    });
    assert.equal(empty.status, 400);
    assert.match(empty.text, /aria-invalid="true"/);
  });

  test('account-level tasks (signing, bank account) name their case but are listed only account-wide', async () => {
    const { sandbox } = newSandbox();
    const acme = await customerOf(sandbox, 'acme-ready');
    const tasks = (await acme('GET', '/tasks?type=SignContract&type=AssignBankAccount&PageSize=100')).body.tasks;
    const signing = tasks.find((task: any) => task.type === 'SignContract');
    const bank = tasks.find((task: any) => task.type === 'AssignBankAccount');
    assert.ok(signing && bank);
    const waiting = (await acme('GET', `/cases/${signing.caseId}`)).body;
    assert.equal(waiting.lifecycle, 'Pending contract signing');
    assert.equal(signing.solutionUrl, waiting.signingHandoff.combinedSigningUrl);
    assert.deepEqual((await acme('GET', `/cases/${signing.caseId}/tasks`)).body, []);
    assert.ok((await acme('GET', `/cases/${bank.caseId}/payments`)).body.length > 0);
  });

  test('a quote stage asks to choose a quote; unknown filters are a 400', async () => {
    const { sandbox } = newSandbox();
    const acme = await customerOf(sandbox, 'acme-ready');
    const [choose] = (await acme('GET', '/tasks?type=selectquotewinner')).body.tasks;
    const requests = (await acme('GET', `/cases/${choose.caseId}/quote-requests`)).body.quoteRequests;
    assert.equal(choose.leadId, requests[0].quoteRequestId);

    const badStatus = await acme('GET', '/tasks?status=Done');
    assert.equal(badStatus.status, 400);
    checkSpec('GET', '/tasks', 400, badStatus.body);
    assert.equal((await acme('GET', '/tasks?type=Whatever')).status, 400);
  });

  test('a tenant without the SDCA has an account-wide signing task', async () => {
    const { sandbox } = newSandbox();
    const unsigned = await customerOf(sandbox, 'unsigned-contract');
    const [task] = (await unsigned('GET', '/tasks')).body.tasks;
    assert.equal(task.type, 'SignContract');
    assert.equal(task.caseId, null);
    assert.match(task.solutionUrl, /\/hosted\/contractupgrade\/sign\//);
  });
});

describe('payments', () => {
  test('GET /Payments pages every payment of the account; per case they add up to what the case collected', async () => {
    const { sandbox } = newSandbox();
    const acme = await customerOf(sandbox, 'acme-ready');
    const cases = await acmeCases(acme);
    const payments: any[] = [];
    for (let page = 1; ; page++) {
      const answer = await acme('GET', `/Payments?Page=${page}&PageSize=25`);
      assert.equal(answer.status, 200);
      checkSpec('GET', '/Payments', 200, answer.body);
      payments.push(...answer.body.payments);
      if (page >= answer.body.page.totalPages) break;
    }
    assert.ok(payments.length > 10);
    assert.equal(new Set(payments.map((payment) => payment.id)).size, payments.length);
    for (const invoice of cases) {
      const collected = payments
        .filter((payment) => payment.invoice.invoiceId === invoice.id)
        .reduce((sum, payment) => sum + payment.grossAmount, 0);
      assert.equal(
        Math.round(collected * 100),
        Math.round((invoice.grossAmount - invoice.remainder) * 100),
        invoice.id,
      );
    }
    const dates = payments.map((payment) => payment.date);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');

    const one = await acme('GET', `/Payments/${payments[0].id}`);
    assert.deepEqual(one.body, payments[0]);
    const other = await customerOf(sandbox, 'kyc-required');
    assert.equal((await other('GET', `/Payments/${payments[0].id}`)).status, 404, "another tenant's payment");
    assert.equal((await acme('GET', '/Payments/not-a-guid')).status, 400);
    assert.equal((await acme('GET', '/Payments?PageSize=101')).status, 400);
  });
});

describe('exclusive period', () => {
  test('the chain ends where the case says, a payment inside it extends it, and no collection means 404', async () => {
    const { sandbox } = newSandbox();
    const acme = await customerOf(sandbox, 'acme-ready');
    const cases = await acmeCases(acme);
    let extended = 0;
    for (const invoice of cases.filter((candidate) => candidate.lifecycle === 'Active')) {
      const period = await acme('GET', `/cases/${invoice.id}/exclusive-period`);
      assert.equal(period.status, 200);
      checkSpec('GET', `/cases/${invoice.id}/exclusive-period`, 200, period.body);
      assert.equal(period.body.currentEndDate, invoice.exclusivePeriodEndDate);
      assert.equal(period.body.engagementStartDate, invoice.dateCollectionStarted);
      if (period.body.extensions.length > 0) {
        extended++;
        assert.equal(period.body.extensions.at(-1).type, 'Payment');
        assert.equal(period.body.extensions.at(-1).newEndDate, period.body.currentEndDate);
      }
    }
    assert.ok(extended > 0, 'some active case had its period extended by a payment');

    const notStarted = cases.find((candidate) => candidate.lifecycle === 'Collecting Quotes');
    const missing = await acme('GET', `/cases/${notStarted.id}/exclusive-period`);
    assert.equal(missing.status, 404);
    checkSpec('GET', `/cases/${notStarted.id}/exclusive-period`, 404, missing.body);
  });
});

describe('quote requests', () => {
  test('a case waiting for quote selection has one request with two quotes; other cases none', async () => {
    const { sandbox } = newSandbox();
    const acme = await customerOf(sandbox, 'acme-ready');
    const cases = await acmeCases(acme);
    const quoted = cases.find((invoice) => invoice.lifecycle === 'Pending Quote Selection');
    const list = await acme('GET', `/cases/${quoted.id}/quote-requests`);
    checkSpec('GET', `/cases/${quoted.id}/quote-requests`, 200, list.body);
    const [request] = list.body.quoteRequests;
    assert.equal(request.currentQuotesCount, 2);
    const quotes = (await acme('GET', `/cases/${quoted.id}/quote-requests/${request.quoteRequestId}/quotes`)).body
      .quotes;
    assert.equal(quotes.length, 2);
    assert.notEqual(quotes[0].partnerId, quotes[1].partnerId);
    const detail = await acme(
      'GET',
      `/cases/${quoted.id}/quote-requests/${request.quoteRequestId}/quotes/${quotes[1].quoteId}`,
    );
    checkSpec('GET', `/cases/${quoted.id}/quote-requests/x/quotes/y`, 200, detail.body);
    assert.equal(detail.body.pricing.hourlyRate, quotes[1].hourlyRate);

    const collecting = cases.find((invoice) => invoice.lifecycle === 'Collecting Quotes');
    const open = (await acme('GET', `/cases/${collecting.id}/quote-requests`)).body.quoteRequests;
    assert.deepEqual([open.length, open[0].currentQuotesCount], [1, 0]);
    const active = cases.find((invoice) => invoice.lifecycle === 'Active');
    assert.deepEqual((await acme('GET', `/cases/${active.id}/quote-requests`)).body, { quoteRequests: [] });
    const unknown = await acme('GET', `/cases/${quoted.id}/quote-requests/${active.id}`);
    assert.equal(unknown.status, 404);
    checkSpec('GET', `/cases/${quoted.id}/quote-requests/${active.id}`, 404, unknown.body);
  });
});

describe('coverage', () => {
  test("lists the caller's power-of-attorney status per partner and checks a debtor location", async () => {
    const { sandbox } = newSandbox();
    const acme = await customerOf(sandbox, 'acme-ready');
    const coverage = (await acme('GET', '/coverage')).body;
    const spain = coverage.find((item: any) => item.countryAlpha2 === 'ES').partners[0];
    const denmark = coverage.find((item: any) => item.countryAlpha2 === 'DK').partners[0];
    assert.equal(spain.signed, false, 'acme-ready has not signed the ES power of attorney');
    assert.match(spain.solutionUrl, /\/hosted\/powerofattorney\/sign\//);
    assert.deepEqual([denmark.signed, denmark.solutionUrl], [true, null]);

    const search = await acme('GET', '/coverage/:search?q=Spain');
    assert.equal(search.body.countryAlpha2, 'ES');
    assert.equal((await acme('GET', '/coverage/search')).status, 400);
    assert.equal((await acme('GET', '/coverage/search?q=Atlantis')).status, 404);
    assert.equal((await acme('GET', '/coverage/9999')).status, 404);

    const check = (body: unknown) => acme('POST', '/coverage/check-eligibility', body);
    const es = await check({ countryAlpha2: 'ES', debtorType: 'Company', amount: 900, currencyCode: 'EUR' });
    checkSpec('POST', '/coverage/check-eligibility', 200, es.body);
    assert.equal(es.body.isEligible, true);
    assert.equal(es.body.powerOfAttorneyStatus.signed, false);
    const nowhere = await check({ countryAlpha2: 'AQ', debtorType: 'Company', amount: 900, currencyCode: 'EUR' });
    assert.deepEqual([nowhere.body.isEligible, typeof nowhere.body.errorMessage], [false, 'string']);
    const tooLittle = await check({ countryAlpha2: 'DK', debtorType: 'Company', amount: 0, currencyCode: 'DKK' });
    assert.equal(tooLittle.status, 400);
    checkSpec('POST', '/coverage/check-eligibility', 400, tooLittle.body);
    assert.match(tooLittle.body.message, /^amount: /);
    const invalid = await check({ countryAlpha2: 'US', debtorType: 'Robot', amount: 10, currencyCode: 'EUR' });
    assert.deepEqual(
      invalid.body.businessErrors.map((error: any) => error.message.split(':')[0]),
      ['debtorType', 'stateAlpha2'],
    );
  });
});

describe('divisions', () => {
  test('the seeded branches of kyc-required; the default demo tenant has none', async () => {
    const { sandbox } = newSandbox();
    const kestrel = await customerOf(sandbox, 'kyc-required');
    const listed = await kestrel('GET', '/divisions');
    checkSpec('GET', '/divisions', 200, listed.body);
    assert.equal(listed.body.divisions.length, 2);
    assert.equal((await kestrel('GET', '/divisions?includeArchived=true')).body.divisions.length, 3);
    const [first] = listed.body.divisions;
    const [anyCase] = (await kestrel('GET', '/cases')).body.cases;
    assert.equal(anyCase.creditorDivisionId, first.id);
    const refused = await kestrel('DELETE', `/divisions/${first.id}`);
    assert.equal(refused.status, 422, 'open cases use the division');
    checkSpec('DELETE', `/divisions/${first.id}`, 422, refused.body);

    const acme = await customerOf(sandbox, 'acme-ready');
    assert.equal((await acme('GET', '/divisions')).body.page.totalResults, 0);
    assert.equal((await acme('GET', `/divisions/${first.id}`)).status, 404, "another creditor's division");
  });

  test('create (idempotent), replace, archive once, delete', async () => {
    const { sandbox } = newSandbox();
    const acme = await customerOf(sandbox, 'acme-ready');
    const body = { companyName: 'Acme Odense', city: 'Odense', countryCode: 'dk', officeEmail: 'odense@acme.example' };
    const created = await acme('POST', '/divisions', body, { 'Idempotency-Key': 'odense' });
    assert.equal(created.status, 201);
    checkSpec('POST', '/divisions', 201, created.body);
    const denmark = (await acme('GET', '/coverage/search?q=DK')).body;
    assert.deepEqual(created.body.country, { id: denmark.countryId, name: 'Denmark', alpha2: 'DK' });
    assert.deepEqual((await acme('POST', '/divisions', body, { 'Idempotency-Key': 'odense' })).body, created.body);
    const conflict = await acme('POST', '/divisions', { ...body, city: 'Vejle' }, { 'Idempotency-Key': 'odense' });
    assert.equal(conflict.status, 422);
    checkSpec('POST', '/divisions', 422, conflict.body);
    assert.equal((await acme('POST', '/divisions', body)).status, 422, 'the same name twice');
    const invalid = await acme('POST', '/divisions', { companyName: 'X', countryCode: 'XX' });
    assert.equal(invalid.status, 400);
    assert.match(invalid.body.message, /city/);

    const id = created.body.id;
    const replaced = await acme('PUT', `/divisions/${id}`, {
      companyName: 'Acme Fyn',
      city: 'Odense',
      countryCode: 'DK',
    });
    assert.deepEqual([replaced.body.companyName, replaced.body.officeEmail], ['Acme Fyn', null]);
    const archived = await acme('POST', `/divisions/${id}:archive`);
    assert.equal(archived.body.isArchived, true);
    assert.equal((await acme('POST', `/divisions/${id}/archive`)).status, 422, 'already archived');
    assert.equal((await acme('GET', '/divisions')).body.page.totalResults, 0);
    assert.equal((await acme('DELETE', `/divisions/${id}`)).status, 204);
    assert.equal((await acme('GET', `/divisions/${id}`)).status, 404);
  });
});

describe('case files', () => {
  test('an upload that is not multipart is a 415', async () => {
    const { sandbox } = newSandbox();
    const acme = await customerOf(sandbox, 'acme-ready');
    const [invoice] = (await acme('GET', '/cases')).body.cases;
    const answer = await acme('POST', `/cases/${invoice.id}/files`, { File: 'invoice.pdf' });
    assert.equal(answer.status, 415);
    checkSpec('POST', `/cases/${invoice.id}/files`, 415, answer.body);
  });
});
