// The early eligibility check against the sandbox: with only the country, the debtor type and the amount typed,
// a debtor in a country Debitura does not cover (Antarctica has no collection partner) or a creditor Debitura
// has blocked is told at once, under the debtor fields, in a polite live region; typing is never held up, and
// a check that fails says nothing.
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/widget/i18n/en/index.js';
import { messages as da } from '../../src/widget/i18n/da/index.js';
import type { NewCaseView } from '../../src/widget/views/new-case/new-case-view.js';
import { clickButton, fillDanishCompany, fillField, mountNewCase, viewText, waitForStep } from './harness.js';

function notice(view: NewCaseView): HTMLElement {
  return view.shadowRoot!.getElementById('eligibility-notice')!;
}

function noticeText(view: NewCaseView): string {
  return (notice(view).textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function noticeSays(view: NewCaseView, text: string): Promise<void> {
  await waitUntil(() => noticeText(view) === text, `the notice never said "${text}"; it says "${noticeText(view)}"`, {
    timeout: 8000,
  });
}

describe('new case: the early eligibility check', () => {
  const originalFetch = window.fetch;
  afterEach(() => {
    window.fetch = originalFetch;
  });

  it('tells at once that Debitura does not cover the debtor’s country, before the rest is filled in', async () => {
    const { view } = await mountNewCase({ tenant: 'acme-ready' });
    const region = notice(view);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(noticeText(view)).to.equal('');

    await fillField(view, 'Country', 'Antarctica');
    await fillField(view, 'Amount to recover', '500');
    await noticeSays(view, en.newCase.eligibility.uncovered.replace('{place}', 'Antarctica'));
    const debtorFieldset = view.shadowRoot!.querySelector('fieldset')!;
    expect(debtorFieldset.contains(region), 'said among the debtor fields').to.equal(true);
    expect(view.shadowRoot!.querySelector('[aria-invalid="true"]'), 'no field is marked wrong').to.equal(null);
    await expect(view).to.be.accessible();

    // Typing goes on: the field keeps focus and every keystroke lands.
    const name = view.shadowRoot!.querySelector<HTMLInputElement>('#field-name')!;
    name.focus();
    name.value = 'Polar Supplies';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await view.updateComplete;
    expect(view.shadowRoot!.activeElement).to.equal(name);
    expect(name.value).to.equal('Polar Supplies');

    // A covered country takes the notice away.
    await fillField(view, 'Country', 'Denmark');
    await noticeSays(view, '');
  });

  it('names the place in the reader’s language', async () => {
    const { view } = await mountNewCase({ tenant: 'acme-ready', locale: 'da' });
    await fillField(view, da.newCase.fields.country.label, 'Antarktis');
    await fillField(view, da.newCase.fields.amountToRecover.label, '500');
    await noticeSays(view, da.newCase.eligibility.uncovered.replace('{place}', 'Antarktis'));
  });

  it('tells a blocked creditor as soon as the debtor is known', async () => {
    const { view } = await mountNewCase({ tenant: 'blocked-creditor' });
    await fillField(view, 'Country', 'Denmark');
    await fillField(view, 'Amount to recover', '1,200.00');
    await noticeSays(view, en.newCase.eligibility.blocked);
    await expect(view).to.be.accessible();
  });

  it('a check that fails says nothing, and the price check still runs', async () => {
    let failedChecks = 0;
    window.fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/coverage/check-eligibility')) {
        failedChecks++;
        throw new TypeError('Failed to fetch');
      }
      return originalFetch(input, init);
    };
    const { host, view } = await mountNewCase({ tenant: 'acme-ready' });
    const errors: Event[] = [];
    host.addEventListener('debitura-error', (event) => errors.push(event));
    await fillDanishCompany(view);
    await waitUntil(() => failedChecks > 0, 'the check was never asked', { timeout: 8000 });
    await clickButton(view, en.newCase.actions.preview);
    await waitForStep(view, en.newCase.steps.preview);
    expect(errors, 'no error event for the early check').to.deep.equal([]);
    expect(viewText(view)).to.contain(en.newCase.preview.eligible);
    await clickButton(view, en.newCase.actions.edit);
    await waitForStep(view, en.newCase.steps.form);
    expect(noticeText(view)).to.equal('');
  });
});
