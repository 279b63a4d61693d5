// Price check, explicit confirmation and submission against the sandbox, including the failures a user can
// recover from without losing anything typed.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { messages as de } from '../../src/widget/i18n/de/index.js';
import { en } from '../../src/widget/i18n/en/index.js';
import type { DebituraCaseCreatedEvent, DebituraErrorEvent } from '../../src/widget/index.js';
import {
  button,
  choose,
  clickButton,
  confirmLabel,
  control,
  errorOf,
  fillDanishCompany,
  fillField,
  focused,
  mountNewCase,
  viewText,
  waitForStep,
  waitForText,
} from './harness.js';

describe('new case: preview, confirm and send', () => {
  it('shows eligibility, partner, jurisdiction and the success fee, then sends only after explicit confirmation', async () => {
    const { view, host } = await mountNewCase();
    const reference = await fillDanishCompany(view);
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    const preview = viewText(view);
    expect(preview).to.contain('Debitura can take this case.');
    expect(preview).to.contain('Collection partner');
    expect(preview).to.contain('Jurisdiction');
    expect(preview).to.match(/Total success fee\s*\d+(\.\d+)?\s?%/);
    expect(preview).to.contain('DKK 12,500.00');
    expect(preview, 'the reference the user will look for later').to.contain(`Your reference ${reference}`);
    await expect(view).to.be.accessible();

    await clickButton(view, 'Send to collection');
    expect(viewText(view)).to.contain('Tick the box to confirm before sending.');
    expect(focused(view)).to.equal(control(view, confirmLabel));
    await expect(view).to.be.accessible();

    await choose(view, confirmLabel);
    const created = oneEvent(host, 'debitura-case-created') as Promise<DebituraCaseCreatedEvent>;
    await clickButton(view, 'Send to collection');
    const event = await created;
    await waitForStep(view, 'Case sent to collection');
    const success = viewText(view);
    expect(event.detail.case.creditorReference).to.equal(reference);
    expect(success).to.contain(event.detail.case.reference!);
    expect(success).to.contain(reference);
    expect(success).to.contain('DKK 12,500.00');
    expect(
      host.shadowRoot!.querySelector('debitura-new-case')!.shadowRoot!.querySelector('.badge')?.textContent?.trim(),
    )
      .to.be.a('string')
      .and.not.equal('');
    await expect(view).to.be.accessible();

    await clickButton(view, 'Create another case');
    await waitForStep(view, 'New collection case');
    expect(control(view, 'Company name').value).to.equal('');
  });

  it('keeps each row of the price check to one or two lines on a 375 px phone, in English and German', async function () {
    this.timeout(30_000);
    const { view, host } = await mountNewCase();
    host.parentElement!.style.width = '375px';
    await fillDanishCompany(view);
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    for (const locale of ['en', 'de']) {
      host.setAttribute('locale', locale);
      const heading = locale === 'de' ? de.newCase.steps.preview : en.newCase.steps.preview;
      await waitUntil(() => view.shadowRoot!.getElementById('step-heading')?.textContent?.trim() === heading);
      const labels = [...view.shadowRoot!.querySelectorAll<HTMLElement>('dl.summary dt')];
      expect(labels.length, 'the summary and the success fee').to.be.greaterThan(6);
      for (const label of labels) {
        // A label and its value: on one line side by side, or the label above the value, never a column of words.
        const value = label.nextElementSibling!;
        const top = Math.min(label.getBoundingClientRect().top, value.getBoundingClientRect().top);
        const bottom = Math.max(label.getBoundingClientRect().bottom, value.getBoundingClientRect().bottom);
        const line = parseFloat(getComputedStyle(value).lineHeight);
        expect(bottom - top, `${locale}: ${label.textContent} ${value.textContent}`).to.be.at.most(2 * line + 1);
      }
      await expect(view).to.be.accessible();
    }
  });

  it('back to edit keeps everything typed', async () => {
    const { view } = await mountNewCase();
    const reference = await fillDanishCompany(view);
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    await clickButton(view, 'Back to edit');
    await waitForStep(view, 'New collection case');
    expect(control(view, 'Company name').value).to.equal('Nordlys Trading ApS');
    expect(control(view, 'Your reference').value).to.equal(reference);
    expect(control(view, 'Amount to recover').value).to.equal('12,500.00');
  });

  it('puts a duplicate reference refused by Debitura back on the reference field', async () => {
    const { view } = await mountNewCase();
    const reference = await fillDanishCompany(view);
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    await choose(view, confirmLabel);
    await clickButton(view, 'Send to collection');
    await waitForStep(view, 'Case sent to collection');

    await clickButton(view, 'Create another case');
    await fillDanishCompany(view, reference);
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    await choose(view, confirmLabel);
    const failed = oneEvent(view, 'debitura-error') as Promise<DebituraErrorEvent>;
    await clickButton(view, 'Send to collection');
    expect((await failed).detail.type).to.equal('validation_error');
    await waitForText(view, 'New collection case');
    expect(errorOf(view, 'Your reference')).to.equal(
      'Another case already has this reference. Change your reference and try again.',
    );
    expect(focused(view)).to.equal(control(view, 'Your reference'));
    expect(control(view, 'Company name').value, 'the rest is kept').to.equal('Nordlys Trading ApS');
    await expect(view).to.be.accessible();
  });

  it('has no send button when Debitura cannot take the case, and says why', async () => {
    const { view } = await mountNewCase();
    await fillDanishCompany(view);
    await fillField(view, 'Country', 'Antarctica');
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    expect(viewText(view)).to.contain('Debitura cannot take this case.');
    expect(viewText(view)).to.contain('Debitura has no collection partner covering the debtor’s country or region.');
    expect(viewText(view), 'this one is about the debtor: editing it may help').to.contain(
      'Go back to edit the debtor',
    );
    expect(button(view, 'Send to collection')).to.equal(undefined);
    await expect(view).to.be.accessible();
  });

  it('after a network failure keeps everything and retries with the same Idempotency-Key', async () => {
    const { view } = await mountNewCase();
    const reference = await fillDanishCompany(view);
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    await choose(view, confirmLabel);

    const originalFetch = window.fetch;
    const keys: string[] = [];
    let offline = true;
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (init?.method === 'POST' && /\/customer\/cases$/.test(url)) {
        keys.push(new Headers(init.headers).get('Idempotency-Key') ?? '');
        if (offline) return Promise.reject(new TypeError('Failed to fetch'));
      }
      return originalFetch(input, init);
    };
    try {
      await clickButton(view, 'Send to collection');
      await waitForText(view, 'Cannot reach Debitura');
      expect(focused(view)?.textContent?.trim()).to.equal('Cannot reach Debitura');
      expect(viewText(view), 'the preview and the confirmation stay').to.contain('Nordlys Trading ApS');
      await expect(view).to.be.accessible();

      offline = false;
      await clickButton(view, 'Try again');
      await waitForStep(view, 'Case sent to collection');
      expect(viewText(view)).to.contain(reference);
      expect(keys.length).to.be.greaterThan(1);
      expect(new Set(keys).size, 'every try of the attempt sent the same key').to.equal(1);
      expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('waits out a long rate limit visibly instead of failing', async () => {
    const { view } = await mountNewCase();
    await fillDanishCompany(view);
    const originalFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (/\/customer\/cases\/preview$/.test(url)) {
        const body = { error: 'rate_limit_exceeded', message: 'Too many requests.', retryAfter: 45 };
        return Promise.resolve(
          new Response(JSON.stringify(body), { status: 429, headers: { 'Content-Type': 'application/json' } }),
        );
      }
      return originalFetch(input, init);
    };
    try {
      await clickButton(view, 'Check price');
      await waitForText(view, 'Too many requests');
      expect(viewText(view)).to.match(/Trying again in \d+ seconds/);
      expect(button(view, 'Try again'), 'the widget retries by itself').to.equal(undefined);
      expect(control(view, 'Company name').value).to.equal('Nordlys Trading ApS');
      await expect(view).to.be.accessible();
    } finally {
      window.fetch = originalFetch;
    }
  });
});
