// The new-case form never waits for the network: it is there to type into while the partner's token endpoint
// has not answered yet (the test holds the real endpoint's answer), what was typed survives a token failure,
// and what needs the account (the "collecting for" line, the currency of the creditor's country) fills in later.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { DebituraCollect, DebituraErrorEvent, DebituraReadyEvent } from '../../src/widget/index.js';
import {
  clickButton,
  control,
  fillDanishCompany,
  fillField,
  shownNewCaseForm,
  signIn,
  tokenEndpoint,
  waitForStep,
} from './harness.js';

let holdCounter = 0;

/** The real token endpoint, its answers held until the test releases them (test/token-hold-backend.ts). */
function heldTokenEndpoint() {
  const id = `form-first-${++holdCounter}-${Date.now()}`;
  const controlUrl = `/api/test/token-hold/${id}`;
  return {
    url: `${tokenEndpoint}?hold=${id}`,
    /** Resolves once the widget's token request is being held. */
    async held(): Promise<void> {
      await waitUntil(
        async () => ((await (await fetch(controlUrl)).json()) as { waiting: boolean }).waiting,
        'the widget never asked the token endpoint',
      );
    },
    async isHeld(): Promise<boolean> {
      return ((await (await fetch(controlUrl)).json()) as { waiting: boolean }).waiting;
    },
    /** Lets the held request through to the real endpoint, as the signed-in user or as a signed-out one. */
    async release(as: 'answer' | 'signed-out' = 'answer'): Promise<void> {
      const answer = await fetch(`${controlUrl}/release?as=${as}`, { method: 'POST' });
      if (answer.status !== 204) throw new Error(`releasing the token answered ${answer.status}`);
    },
  };
}

/** Signs in, mounts the widget on a held token endpoint, and types a company name while the token waits. */
async function mountWhileTokenHeld(width?: string) {
  await signIn('acme-ready');
  const endpoint = heldTokenEndpoint();
  const host = document.createElement('debitura-collect');
  host.setAttribute('environment', 'sandbox');
  host.setAttribute('locale', 'en');
  host.setAttribute('token-endpoint', endpoint.url);
  (await fixture(html`<div style=${width ? `width: ${width}` : ''}></div>`)).append(host);
  await endpoint.held();
  const view = await shownNewCaseForm(host);
  await fillField(view, 'Company name', 'Nordlys Trading ApS');
  return { endpoint, host, view };
}

async function accountShown(host: DebituraCollect): Promise<void> {
  await waitUntil(() => creditorLine(host) === 'Collecting for Acme Supplies ApS', 'the account never filled in');
}

function creditorLine(host: DebituraCollect): string {
  return host.shadowRoot!.querySelector('[part~="creditor"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('new case: the form never waits for the network', () => {
  afterEach(async () => {
    await signIn('acme-ready');
  });

  it('takes typing before the token endpoint answers, and fills in the account afterwards', async () => {
    const { endpoint, host, view } = await mountWhileTokenHeld();
    await fillField(view, 'Amount to recover', '12,500.00');
    expect(control(view, 'Company name').value).to.equal('Nordlys Trading ApS');
    expect(await endpoint.isHeld(), 'typed while the token was still on its way').to.equal(true);
    expect(creditorLine(host)).to.equal('Connecting to Debitura…');
    expect(control(view, 'Currency').value, 'the locale region guesses the currency meanwhile').to.equal('USD');
    expect(host.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy'), 'a usable form').to.equal(
      'false',
    );
    await expect(host).to.be.accessible();

    const ready = oneEvent(host, 'debitura-ready') as Promise<DebituraReadyEvent>;
    await endpoint.release();
    await ready;
    await accountShown(host);
    await view.updateComplete;
    expect(host.shadowRoot!.querySelector('debitura-new-case'), 'the same form, never remounted').to.equal(view);
    expect(control(view, 'Company name').value).to.equal('Nordlys Trading ApS');
    expect(control(view, 'Amount to recover').value).to.equal('12,500.00');
    expect(control(view, 'Currency').value, "the creditor's home currency, from its account").to.equal('DKK');
    await expect(host).to.be.accessible();

    // The token now serves the price check.
    await fillDanishCompany(view);
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
  });

  it('keeps the form still on a phone when the account names the company', async () => {
    // A 320 px phone with the page's 16 px margins: "Collecting for Acme Supplies ApS" takes two lines where
    // "Connecting to Debitura…" took one.
    const { endpoint, host, view } = await mountWhileTokenHeld('288px');
    const fieldTop = () => control(view, 'Company name').getBoundingClientRect().top;
    const before = fieldTop();
    await endpoint.release();
    await accountShown(host);
    await host.updateComplete;
    expect(fieldTop(), 'the field being typed in did not move').to.equal(before);
  });

  it('keeps what was typed through a token failure, shows the message above the form, and recovers on retry', async () => {
    const { endpoint, host, view } = await mountWhileTokenHeld();
    await fillField(view, 'Currency', 'SEK');
    await fillField(view, 'Your reference', 'INV-2211');

    const failed = oneEvent(host, 'debitura-error') as Promise<DebituraErrorEvent>;
    await endpoint.release('signed-out');
    expect((await failed).detail.code).to.equal('signed_out');
    await host.updateComplete;
    const alert = host.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('You are signed out');
    expect(host.shadowRoot!.querySelector('debitura-new-case'), 'the form stays').to.equal(view);
    expect(control(view, 'Company name').value).to.equal('Nordlys Trading ApS');
    expect(control(view, 'Your reference').value).to.equal('INV-2211');
    await expect(host).to.be.accessible();

    await signIn('acme-ready');
    const ready = oneEvent(host, 'debitura-ready') as Promise<DebituraReadyEvent>;
    host.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await endpoint.held();
    await endpoint.release();
    await ready;
    await accountShown(host);
    expect(host.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(control(view, 'Company name').value).to.equal('Nordlys Trading ApS');
    expect(control(view, 'Your reference').value).to.equal('INV-2211');
    expect(control(view, 'Currency').value, 'a currency the user chose stays').to.equal('SEK');
  });
});
