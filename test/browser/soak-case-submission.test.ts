// Fault soak: 300 case submissions through the widget's Customer API client while the sandbox fails 30 % of
// requests (500, 503, answers slower than the client's timeout, answers dropped after the case was stored) and
// the network answers some with 429 + retryAfter. Every submission must end as exactly one case, or as a
// retryable error with its input intact that one more try with the same key settles; no reference twice.
import { expect } from '@open-wc/testing';
import { CustomerApiClient } from '../../src/widget/api/customer-api-client.js';
import { DebituraApiError } from '../../src/widget/api/api-error.js';
import { SubmissionAttempts } from '../../src/widget/views/new-case/rules/submission-attempt.js';
import type { CreateCollectionCaseRequestApiViewModel } from '../../src/wire/case.js';
import { seededRandom } from '../../src/sandbox/seed-random.js';
import { sandboxBase } from './cases-harness.js';
import { signIn } from './harness.js';
import { setFaults, soakSeed } from './soak-harness.js';

const submissions = 300;
const lanes = 6;
/** The sandbox's `delay` fault outlasts the client's timeout, so those tries are abandoned mid-flight. */
const clientTimeoutMs = 250;
const faultDelayMs = 700;
/** The sandbox has no 429 fault kind; a 429 is refused before any processing, so answering it here is the same. */
const rateLimitShare = 0.05;

function caseBody(reference: string): CreateCollectionCaseRequestApiViewModel {
  return {
    currencyCode: 'DKK',
    amountToRecover: 1250.5,
    date: '2025-11-03',
    dueDate: '2025-12-03',
    creditorReference: reference,
    debtor: {
      type: 'Company',
      name: 'Nordlys Trading ApS',
      address: 'Vesterbrogade 12',
      city: 'København V',
      zipCode: '1620',
      countryAlpha2: 'DK',
    },
  };
}

function isRetryable(error: unknown): boolean {
  if (!(error instanceof DebituraApiError) || !error.recoverable) return false;
  return (
    error.type === 'api_connection_error' ||
    error.type === 'rate_limit_error' ||
    (error.type === 'api_error' && (error.status ?? 0) >= 500)
  );
}

describe('fault soak: case submission', () => {
  after(() => setFaults({ rate: 0 }));

  it(`${submissions} submissions under 30 % faults end as one case each, never two (seed ${soakSeed})`, async function () {
    this.timeout(110_000);
    await signIn('acme-ready');
    const token = ((await (await fetch('/api/debitura/token', { method: 'POST' })).json()) as { accessToken: string })
      .accessToken;
    const run = `SOAK-${Date.now().toString(36)}`;

    /** Every try of POST /cases, as the wire saw it: key and the reference in its body. */
    const tries: Array<{ key: string; reference: string }> = [];
    const random = seededRandom(soakSeed);
    const wire: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/cases')) {
        const body = JSON.parse(await request.clone().text()) as { creditorReference: string };
        tries.push({ key: request.headers.get('idempotency-key') ?? '', reference: body.creditorReference });
        if (random.next() < rateLimitShare) {
          return Response.json(
            { error: 'rate_limit_exceeded', message: 'Too many requests.', retryAfter: 0.05 },
            { status: 429 },
          );
        }
      }
      return fetch(request);
    };
    const client = new CustomerApiClient({
      baseUrl: sandboxBase,
      getToken: async () => token,
      onUnauthorized: () => undefined,
      fetch: wire,
      timeoutMs: clientTimeoutMs,
      retry: { attempts: 2, baseDelayMs: 20 },
    });

    type Outcome = {
      reference: string;
      body: CreateCollectionCaseRequestApiViewModel;
      attempts: SubmissionAttempts;
      key: string;
      caseId?: string;
      error?: unknown;
    };
    const outcomes: Outcome[] = [];
    await setFaults({
      rate: 0.3,
      kinds: ['error500', 'error503', 'delay', 'dropAfterCommit'],
      delayMs: faultDelayMs,
      seed: soakSeed,
    });
    try {
      let next = 0;
      await Promise.all(
        Array.from({ length: lanes }, async () => {
          while (next < submissions) {
            const reference = `${run}-${next++}`;
            const body = caseBody(reference);
            const typed = structuredClone(body);
            const attempts = new SubmissionAttempts();
            const key = attempts.keyFor(body);
            const outcome: Outcome = { reference, body, attempts, key };
            try {
              const created = await client.createCase(body, { idempotencyKey: key });
              attempts.settle('final');
              expect(created.creditorReference).to.equal(reference);
              outcome.caseId = created.id!;
            } catch (error) {
              attempts.settle(isRetryable(error) ? 'retryable' : 'final');
              outcome.error = error;
            }
            expect(body, 'the input is intact').to.deep.equal(typed);
            outcomes.push(outcome);
          }
        }),
      );
    } finally {
      await setFaults({ rate: 0 });
    }

    expect(outcomes.length).to.equal(submissions);
    const failed = outcomes.filter((outcome) => outcome.error !== undefined);
    for (const outcome of failed) {
      expect(isRetryable(outcome.error), `${outcome.reference}: ${String(outcome.error)}`).to.equal(true);
      // The user presses "try again": the same body keeps the same key, so a case already stored is replayed.
      const key = outcome.attempts.keyFor(outcome.body);
      expect(key).to.equal(outcome.key);
      const created = await client.createCase(outcome.body, { idempotencyKey: key });
      expect(created.creditorReference).to.equal(outcome.reference);
      outcome.caseId = created.id!;
    }

    // Faults were really met: some submissions needed more than one try.
    const triesPerReference = new Map<string, number>();
    for (const attempt of tries)
      triesPerReference.set(attempt.reference, (triesPerReference.get(attempt.reference) ?? 0) + 1);
    expect([...triesPerReference.values()].some((count) => count > 1)).to.equal(true);

    // One key per submission, reused by every retry of it.
    const keysByReference = new Map<string, Set<string>>();
    for (const attempt of tries)
      keysByReference.set(attempt.reference, (keysByReference.get(attempt.reference) ?? new Set()).add(attempt.key));
    expect(keysByReference.size).to.equal(submissions);
    for (const [reference, keys] of keysByReference) expect(keys.size, reference).to.equal(1);
    expect(new Set(tries.map((attempt) => attempt.key)).size).to.equal(submissions);

    // Listed through the API afterwards: every reference exactly once, and it is the case the submission saw.
    const listed = new Map<string, string[]>();
    for (let page = 1; ; page++) {
      const answer = await client.listCases({ Query: run, PageSize: 100, Page: page });
      for (const item of answer.cases ?? [])
        listed.set(item.creditorReference!, [...(listed.get(item.creditorReference!) ?? []), item.id!]);
      if (page >= (answer.page?.totalPages ?? 1)) break;
    }
    expect(listed.size).to.equal(submissions);
    for (const outcome of outcomes)
      expect(listed.get(outcome.reference), outcome.reference).to.deep.equal([outcome.caseId]);
  });
});
