// The early eligibility check: asked only once the debtor's place, type and a valid amount are known, and what
// Debitura's answer tells the form. The answers here are the sandbox's own, read through the widget's client.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { CustomerApiClient } from '../../src/widget/api/customer-api-client.js';
import {
  earlyEligibilityNotice,
  eligibilityQuestion,
  type EligibilityAnswer,
  type EligibilityQuestion,
} from '../../src/widget/views/new-case/rules/early-eligibility.js';
import {
  emptyNewCaseForm,
  type NewCaseFormValues,
} from '../../src/widget/views/new-case/rules/new-case-form-values.js';
import { newSandbox, tokenFor } from './sandbox-cases-harness.js';

function form(overrides: Partial<NewCaseFormValues> = {}): NewCaseFormValues {
  return { ...emptyNewCaseForm('DKK'), country: 'Denmark', amountToRecover: '12,500.00', ...overrides };
}

describe('when the form has enough to ask', () => {
  test('country, debtor type, amount and currency make the question; nothing else is needed', () => {
    assert.deepEqual(eligibilityQuestion(form(), 'en-GB'), {
      countryAlpha2: 'DK',
      stateAlpha2: null,
      debtorType: 'Company',
      amount: 12500,
      currencyCode: 'DKK',
    });
    assert.equal(eligibilityQuestion(form({ country: 'Dänemark' }), 'de-DE')?.countryAlpha2, 'DK');
    assert.equal(eligibilityQuestion(form({ amountToRecover: '12.500,00' }), 'da-DK')?.amount, 12500);
  });

  test('half-typed or invalid values ask nothing', () => {
    assert.equal(eligibilityQuestion(form({ country: 'Denm' }), 'en-GB'), null);
    assert.equal(eligibilityQuestion(form({ amountToRecover: '' }), 'en-GB'), null);
    assert.equal(eligibilityQuestion(form({ amountToRecover: '0' }), 'en-GB'), null);
    assert.equal(eligibilityQuestion(form({ amountToRecover: '12,5x' }), 'en-GB'), null);
    assert.equal(eligibilityQuestion(form({ currencyCode: 'XXX' }), 'en-GB'), null);
  });

  test('a US debtor is asked about only with its state', () => {
    assert.equal(eligibilityQuestion(form({ country: 'United States' }), 'en-US'), null);
    assert.equal(
      eligibilityQuestion(form({ country: 'United States', stateAlpha2: 'ca' }), 'en-US')?.stateAlpha2,
      'CA',
    );
    assert.equal(eligibilityQuestion(form({ country: 'Denmark', stateAlpha2: 'CA' }), 'en-GB')?.stateAlpha2, null);
  });
});

describe('what an answer tells the form', () => {
  const dk = eligibilityQuestion(form(), 'en-GB')!;
  const uncovered = (question: EligibilityQuestion): EligibilityAnswer => ({
    question,
    response: {
      isEligible: false,
      errorMessage: "We don't have an exclusive pre-legal partner in the provided jurisdiction.",
    },
  });

  test('eligible, or no answer yet (or a failed check), says nothing', () => {
    assert.deepEqual(earlyEligibilityNotice({ question: dk, response: { isEligible: true } }, dk), { kind: 'none' });
    assert.deepEqual(earlyEligibilityNotice(null, dk), { kind: 'none' });
  });

  test('"not covered" holds for the same place and debtor type, also while a new amount is asked', () => {
    assert.deepEqual(earlyEligibilityNotice(uncovered(dk), { ...dk, amount: 99 }), {
      kind: 'uncovered',
      countryAlpha2: 'DK',
      stateAlpha2: null,
    });
    assert.deepEqual(earlyEligibilityNotice(uncovered(dk), { ...dk, countryAlpha2: 'SE' }), { kind: 'none' });
    assert.deepEqual(earlyEligibilityNotice(uncovered(dk), { ...dk, debtorType: 'Private' }), { kind: 'none' });
    assert.deepEqual(earlyEligibilityNotice(uncovered(dk), null), { kind: 'none' });
  });

  test('a blocked creditor is told whatever the debtor', () => {
    const blocked = { question: dk, response: { isEligible: false, errorMessage: 'This creditor is blocked.' } };
    assert.deepEqual(earlyEligibilityNotice(blocked, { ...dk, countryAlpha2: 'SE' }), { kind: 'blocked' });
  });
});

describe('against the sandbox, through the widget client', () => {
  const sandbox = newSandbox();
  const clientFor = (tenant: string) =>
    new CustomerApiClient({
      baseUrl: 'http://sandbox.test/customer',
      getToken: () => tokenFor(sandbox, tenant),
      onUnauthorized: () => {},
      fetch: (input, init) => sandbox.fetch(new Request(input, init)),
    });
  let ready: CustomerApiClient;
  let blocked: CustomerApiClient;
  before(() => {
    ready = clientFor('acme-ready');
    blocked = clientFor('blocked-creditor');
  });
  const ask = async (client: CustomerApiClient, values: NewCaseFormValues) => {
    const question = eligibilityQuestion(values, 'en-GB')!;
    const { stateAlpha2, ...body } = question;
    const response = await client.checkEligibility(stateAlpha2 ? { ...body, stateAlpha2 } : body);
    return earlyEligibilityNotice({ question, response }, question);
  };

  test('a covered debtor says nothing, an uncovered country (Antarctica) is named', async () => {
    assert.deepEqual(await ask(ready, form()), { kind: 'none' });
    assert.deepEqual(await ask(ready, form({ country: 'Antarctica' })), {
      kind: 'uncovered',
      countryAlpha2: 'AQ',
      stateAlpha2: null,
    });
    assert.deepEqual(await ask(ready, form({ country: 'United States', stateAlpha2: 'CA', currencyCode: 'USD' })), {
      kind: 'none',
    });
  });

  test('the blocked creditor is told so for any debtor', async () => {
    assert.deepEqual(await ask(blocked, form()), { kind: 'blocked' });
  });

  test('divisions: two active for kyc-required (the archived one left out), none for acme-ready', async () => {
    const divisions = await clientFor('kyc-required').listDivisions();
    assert.deepEqual(
      divisions.map((division) => [division.companyName, division.isArchived]),
      [
        ['Kestrel Imports – London', false],
        ['Kestrel Imports – Manchester', false],
      ],
    );
    assert.deepEqual(await ready.listDivisions(), []);
  });
});
