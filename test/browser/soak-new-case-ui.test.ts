// Fault soak through the full element: 20 cases sent from the new-case form while the sandbox fails 30 % of
// Customer API requests during sending. Each ends on the success step, or on a retryable problem with the
// preview (and so everything typed) still shown, which "Try again" settles; no reference is stored twice.
import { expect, waitUntil } from '@open-wc/testing';
import type { DebituraCaseCreatedEvent } from '../../src/widget/index.js';
import { casesContext } from './cases-harness.js';
import {
  button,
  choose,
  clickButton,
  confirmLabel,
  fillDanishCompany,
  mountNewCase,
  viewText,
  waitForStep,
} from './harness.js';
import { setFaults, soakSeed } from './soak-harness.js';

const rounds = 20;

describe('fault soak: the new-case form', () => {
  after(() => setFaults({ rate: 0 }));

  it(`${rounds} cases sent under 30 % faults: one case each, retryable problems keep the input (seed ${soakSeed})`, async function () {
    this.timeout(110_000);
    const { host, view } = await mountNewCase();
    const run = `UISOAK-${Date.now().toString(36)}`;
    const keysByReference = new Map<string, Set<string>>();
    const realFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/cases')) {
        const { creditorReference } = JSON.parse(await request.clone().text()) as { creditorReference: string };
        keysByReference.set(
          creditorReference,
          (keysByReference.get(creditorReference) ?? new Set()).add(request.headers.get('idempotency-key') ?? ''),
        );
      }
      return realFetch(input, init);
    };
    const created = new Map<string, string>();
    host.addEventListener('debitura-case-created', (event) => {
      const invoice = (event as DebituraCaseCreatedEvent).detail.case;
      expect(created.has(invoice.creditorReference!), `${invoice.creditorReference} reported twice`).to.equal(false);
      created.set(invoice.creditorReference!, invoice.id!);
    });
    try {
      for (let round = 0; round < rounds; round++) {
        const reference = await fillDanishCompany(view, `${run}-${round}`);
        await clickButton(view, 'Check price');
        await waitForStep(view, 'Check price and send');
        await choose(view, confirmLabel);
        // Each round its own seed: one seed set anew every round would replay the same draws each time.
        await setFaults({
          rate: 0.3,
          kinds: ['error500', 'error503', 'delay', 'dropAfterCommit'],
          delayMs: 300,
          seed: soakSeed + round,
        });
        await clickButton(view, 'Send to collection');
        await waitUntil(
          () => created.has(reference) || button(view, 'Try again') !== undefined,
          `round ${round} never settled: ${viewText(view)}`,
          { timeout: 20_000 },
        );
        await setFaults({ rate: 0 });
        if (!created.has(reference)) {
          // Still on the preview: the amount and reference typed are on screen, ready to send again.
          expect(viewText(view)).to.contain(reference);
          expect(viewText(view)).to.contain('DKK 12,500.00');
          await clickButton(view, 'Try again');
          await waitUntil(
            () => created.has(reference),
            `the retry of round ${round} never created the case: ${viewText(view)}`,
            { timeout: 20_000 },
          );
        }
        await waitForStep(view, 'Case sent to collection');
        await clickButton(view, 'Create another case');
        await waitForStep(view, 'New collection case');
      }
    } finally {
      window.fetch = realFetch;
      await setFaults({ rate: 0 });
    }

    expect(created.size).to.equal(rounds);
    for (const [reference, keys] of keysByReference)
      expect(keys.size, `${reference} used ${keys.size} keys`).to.equal(1);
    const context = await casesContext();
    const listed = (await context.client.listCases({ Query: run, PageSize: 100 })).cases ?? [];
    expect(listed.length).to.equal(rounds);
    for (const item of listed) expect(created.get(item.creditorReference!)).to.equal(item.id);
  });
});
