// The early eligibility check's controller in node, with a stand-in host, mocked timers and a recording client:
// it waits for typing to pause, asks once for the latest question, drops the questions typed over, and stays
// quiet when the check fails.
import { test, mock, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { CustomerApiClient } from '../../src/widget/api/customer-api-client.js';
import type { CaseEligibilityRequestApiDTO, CaseEligibilityResponseApiDTO } from '../../src/wire/coverage.js';
import {
  EarlyEligibilityController,
  eligibilityPauseMs,
} from '../../src/widget/views/new-case/early-eligibility-controller.js';
import type { EligibilityQuestion } from '../../src/widget/views/new-case/rules/early-eligibility.js';
import { ControllerHost } from './controller-host.js';

interface Asked {
  body: CaseEligibilityRequestApiDTO;
  signal: AbortSignal | undefined;
}

function setUp(answer: (body: CaseEligibilityRequestApiDTO) => Promise<CaseEligibilityResponseApiDTO>) {
  mock.timers.enable({ apis: ['setTimeout'] });
  const asked: Asked[] = [];
  const client = {
    checkEligibility: (body: CaseEligibilityRequestApiDTO, signal?: AbortSignal) => {
      asked.push({ body, signal });
      return answer(body);
    },
  } as unknown as CustomerApiClient;
  const host = new ControllerHost();
  let question: EligibilityQuestion | null = null;
  const controller = new EarlyEligibilityController(host, () => ({ client, question }));
  host.connect();
  const ask = (next: EligibilityQuestion | null) => {
    question = next;
    host.update();
  };
  return { controller, asked, ask, current: () => question };
}

const antarctica: EligibilityQuestion = {
  countryAlpha2: 'AQ',
  stateAlpha2: null,
  debtorType: 'Company',
  amount: 5,
  currencyCode: 'EUR',
};
const noPartner = { isEligible: false, errorMessage: "We don't have an exclusive pre-legal partner." };
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

afterEach(() => mock.timers.reset());

test('asks once typing pauses, only for the latest question, and tells what the answer means', async () => {
  const { controller, asked, ask, current } = setUp(async () => noPartner);
  ask(antarctica);
  mock.timers.tick(eligibilityPauseMs - 1);
  ask({ ...antarctica, amount: 50 });
  ask({ ...antarctica, amount: 500 });
  mock.timers.tick(eligibilityPauseMs - 1);
  assert.equal(asked.length, 0, 'nothing is asked while the user types');
  mock.timers.tick(1);
  await settle();
  assert.deepEqual(
    asked.map(({ body }) => body),
    [{ countryAlpha2: 'AQ', debtorType: 'Company', amount: 500, currencyCode: 'EUR' }],
  );
  assert.deepEqual(controller.notice(current()), { kind: 'uncovered', countryAlpha2: 'AQ', stateAlpha2: null });
});

test('a question typed over while it is asked is aborted', async () => {
  const { asked, ask } = setUp(() => new Promise(() => {}));
  ask(antarctica);
  mock.timers.tick(eligibilityPauseMs);
  await settle();
  assert.equal(asked.length, 1);
  ask({ ...antarctica, countryAlpha2: 'DK' });
  assert.equal(asked[0]!.signal?.aborted, true);
});

test('a US debtor is asked about with its state', async () => {
  const { asked, ask } = setUp(async () => ({ isEligible: true }));
  ask({ ...antarctica, countryAlpha2: 'US', stateAlpha2: 'CA' });
  mock.timers.tick(eligibilityPauseMs);
  await settle();
  assert.equal(asked[0]!.body.stateAlpha2, 'CA');
});

test('a failed check says nothing and throws nothing', async () => {
  const { controller, asked, ask, current } = setUp(async () => {
    throw new TypeError('Failed to fetch');
  });
  ask(antarctica);
  mock.timers.tick(eligibilityPauseMs);
  await settle();
  assert.equal(asked.length, 1);
  assert.deepEqual(controller.notice(current()), { kind: 'none' });
});
