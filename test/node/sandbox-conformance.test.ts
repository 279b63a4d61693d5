// What the sandbox already served, made to follow the specs: the DebtorIds filter of GET /cases, one rule for
// every 400 (the declared ApiErrorResponseDto, one `field: message` entry per problem, which the widget puts
// back on its form fields), 415 for bodies that are not JSON, the preview's debtor types, and bodiless errors
// where the spec declares no body.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { debtorIdOf } from '../../src/sandbox/customer/debtor-identity.js';
import { fieldErrorsFromApi } from '../../src/widget/views/new-case/rules/api-field-errors.js';
import { newCase as messages } from '../../src/widget/i18n/en/new-case.js';
import { assertMatchesSpec, specMismatches, specsAvailable } from './openapi-contract.js';
import { call, caseRequest, customerOf, newSandbox, partnerHeaders, referral } from './sandbox-core-harness.js';
import { fieldProblems } from './sandbox-field-problems.js';

const checkSpec = (...args: Parameters<typeof assertMatchesSpec>) => {
  if (specsAvailable) assertMatchesSpec(...args);
};

describe('GET /customer/cases?DebtorIds=', () => {
  test("selects the debtor's cases; an id of no debtor selects none; a bad GUID is a 400", async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const all = (await customer('GET', '/cases?PageSize=100')).body.cases;
    const debtorId = debtorIdOf(all[0])!;
    const expected = all.filter((invoice: any) => debtorIdOf(invoice) === debtorId).map((invoice: any) => invoice.id);

    const ofDebtor = await customer('GET', `/cases?PageSize=100&DebtorIds=${debtorId}`);
    checkSpec('customer', 'GET', '/cases', 200, ofDebtor.body);
    assert.deepEqual(
      ofDebtor.body.cases.map((invoice: any) => invoice.id),
      expected,
    );
    assert.ok(expected.length < all.length);

    const random = await customer('GET', `/cases?DebtorIds=${crypto.randomUUID()}`);
    assert.deepEqual([random.status, random.body.page.totalResults, random.body.cases], [200, 0, []]);
    const invalid = await customer('GET', '/cases?DebtorIds=not-a-guid');
    assert.equal(invalid.status, 400);
    checkSpec('customer', 'GET', '/cases', 400, invalid.body);
    assert.match(invalid.body.message, /DebtorIds/);
  });
});

describe('one rule for every 400', () => {
  test("POST /cases: each problem is an entry named by its field, which lands on the widget's form field", async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const invalid = await customer('POST', '/cases', caseRequest({ amountToRecover: -1 }, 'DK') as any);
    checkSpec('customer', 'POST', '/cases', 400, invalid.body);
    const withEmail = await customer('POST', '/cases', {
      ...caseRequest(),
      debtor: { ...(caseRequest().debtor as object), email: 'not-an-email' },
    });
    const fields = fieldProblems(withEmail);
    const onForm = fieldErrorsFromApi(fields, messages);
    assert.equal(onForm.fields.email, 'Debitura did not accept this value: Invalid email format');
    assert.deepEqual(onForm.unmatched, []);
    assert.match(fieldErrorsFromApi(fieldProblems(invalid), messages).fields.amountToRecover ?? '', /positive/);
  });

  test('the same shape from the preview, chats, webhooks, KYC, POST /clients and the token call', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const caseId = (await customer('GET', '/cases?PageSize=1')).body.cases[0].id;
    const answers = [
      await customer('POST', '/cases/preview', { amountToRecover: 10, currencyCode: 'DKK' }),
      await customer('POST', `/cases/${caseId}/chats`, { message: 5 }),
      await referral(sandbox, 'POST', '/v1/Webhooks', { url: 'http://10.0.0.1/h', events: ['nope'] }),
      await referral(sandbox, 'POST', '/clients/kyc-required/kyc-verification', { directorFullName: '' }),
      await referral(sandbox, 'POST', '/clients', { externalTenantId: 'x', client: { name: 'X' }, users: [] }),
      await referral(sandbox, 'POST', '/oauth/token', {}),
    ];
    for (const answer of answers) assert.ok(Object.keys(fieldProblems(answer)).length > 0, JSON.stringify(answer.body));
    assert.deepEqual(Object.keys(fieldProblems(answers[2]!)), ['url', 'events']);
    assert.ok(fieldProblems(answers[4]!)['client.country']);
    assert.ok(fieldProblems(answers[5]!).externalTenantId);
    const nullBody = await referral(sandbox, 'POST', '/v1/Webhooks', null);
    assert.deepEqual(fieldProblems(nullBody), { body: ['Request cannot be null'] });
  });
});

describe('415 for a body that is not JSON', () => {
  test('POST /cases with text/plain creates no case', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const before = (await customer('GET', '/cases?PageSize=1')).body.page.totalResults;
    const text = await customer('POST', '/cases', JSON.stringify(caseRequest()), { 'Content-Type': 'text/plain' });
    assert.equal(text.status, 415);
    assert.equal(text.body.title, 'Unsupported Media Type');
    assert.equal((await customer('GET', '/cases?PageSize=1')).body.page.totalResults, before);
    const json = await customer('POST', '/cases', JSON.stringify(caseRequest()), { 'Content-Type': 'text/json' });
    assert.equal(json.status, 200);
  });

  test('so do the other JSON endpoints', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const caseId = (await customer('GET', '/cases?PageSize=1')).body.cases[0].id;
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    assert.equal((await customer('POST', '/cases/preview', 'a=1', form)).status, 415);
    assert.equal((await customer('POST', `/cases/${caseId}/chats`, 'a=1', form)).status, 415);
    for (const path of ['/oauth/token', '/v1/Webhooks', '/clients', '/cases/preview']) {
      const answer = await call(sandbox, 'POST', `/referral${path}`, {
        headers: { ...partnerHeaders, ...form },
        body: 'a=1',
      });
      assert.equal(answer.status, 415, path);
    }
  });
});

describe('POST /cases/preview debtor types', () => {
  test('"Company" and "Private" in any case, not "Person" (PreviewDebtorDto); POST /cases still takes "Person"', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const preview = (type: string) =>
      customer('POST', '/cases/preview', {
        amountToRecover: 100,
        currencyCode: 'DKK',
        debtor: { type, countryAlpha2: 'DK' },
      });
    assert.equal((await preview('private')).status, 200);
    assert.equal((await preview('COMPANY')).status, 200);
    const person = await preview('Person');
    checkSpec('customer', 'POST', '/cases/preview', 400, person.body);
    assert.ok(fieldProblems(person)['debtor.type']);
    const referralPerson = await referral(sandbox, 'POST', '/cases/preview', {
      amountToRecover: 100,
      currencyCode: 'DKK',
      debtor: { type: 'Person', countryAlpha2: 'DK' },
    });
    assert.equal(referralPerson.status, 400);
    const created = await customer(
      'POST',
      '/cases',
      caseRequest({ debtor: { ...(caseRequest().debtor as object), type: 'Person' } }),
    );
    assert.equal(created.status, 200);
  });
});

describe('errors the spec declares without a body', () => {
  test('the test endpoints answer 400 and 404 with the status alone', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const seeded = (await customer('GET', '/cases?PageSize=1')).body.cases[0].id;
    const other = await customerOf(sandbox, 'kyc-required');
    const created = (await customer('POST', '/cases', caseRequest({ creditorReference: 'TEST-1' }))).body.id;
    const answers: [string, string, Awaited<ReturnType<typeof customer>>][] = [
      [
        'POST',
        `/test/cases/${seeded}/advance`,
        await customer('POST', `/test/cases/${seeded}/advance`, { to: 'Active' }),
      ],
      [
        'POST',
        `/test/cases/${created}/advance`,
        await other('POST', `/test/cases/${created}/advance`, { to: 'Active' }),
      ],
      [
        'POST',
        '/test/cases/not-a-guid/advance',
        await customer('POST', '/test/cases/not-a-guid/advance', { to: 'Active' }),
      ],
      ['DELETE', `/test/cases/${seeded}`, await customer('DELETE', `/test/cases/${seeded}`)],
      ['DELETE', '/test/cases', await customer('DELETE', '/test/cases')],
    ];
    assert.deepEqual(
      answers.map(([, , answer]) => answer.status),
      [400, 404, 400, 400, 400],
    );
    for (const [method, path, answer] of answers) {
      assert.equal(answer.text, '', `${method} ${path}`);
      if (specsAvailable) assert.deepEqual(specMismatches('customer', method, path, answer.status, undefined), []);
    }
  });
});
