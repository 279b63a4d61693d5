// A claim half filled in survives whatever happens to the partner's session and the connection while the page
// lives: the token endpoint answering 401, Debitura's Customer API answering 401, the network dropping, and the
// user switching views. Everything typed comes back, field by field; nothing of it is written to storage.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/widget/index.js';
import type { DebituraCollect } from '../../src/widget/index.js';
import { en } from '../../src/widget/i18n/en/index.js';
import type { NewCaseView } from '../../src/widget/views/new-case/new-case-view.js';
import {
  attachForNewCase,
  clickButton,
  fillDanishCompany,
  fillField,
  freshTokenEndpoint,
  signIn,
  viewText,
} from './harness.js';

/** Every control of the form with what it holds, by id. */
function typed(view: NewCaseView): Record<string, string> {
  const controls = view.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    'form input, form select, form textarea',
  );
  return Object.fromEntries(
    [...controls].map((control) => [
      control.id || control.name,
      control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')
        ? String(control.checked)
        : control.value,
    ]),
  );
}

/** The form, once it shows the creditor's divisions and team to choose from (they load beside it). */
function shownForm(host: DebituraCollect): NewCaseView | null {
  const view = host.shadowRoot!.querySelector('debitura-new-case');
  const form = view?.shadowRoot?.querySelector('form');
  const choices = (id: string) => form?.querySelector<HTMLSelectElement>(`#${id}`)?.options.length ?? 0;
  return choices('field-creditorDivisionId') > 2 && choices('field-assignedUserEmail') > 1 ? view! : null;
}

async function formBack(host: DebituraCollect): Promise<NewCaseView> {
  await waitUntil(
    () => shownForm(host),
    `the form never came back; the widget shows: ${host.shadowRoot!.textContent}`,
    {
      timeout: 8000,
    },
  );
  const view = shownForm(host)!;
  await view.updateComplete;
  return view;
}

/** The widget's own retry button, wherever the error shows (the widget's error box or the form's problem). */
async function tryAgain(host: DebituraCollect): Promise<void> {
  const roots = [host.shadowRoot!, host.shadowRoot!.querySelector('debitura-new-case')?.shadowRoot].filter(
    (root): root is ShadowRoot => !!root,
  );
  const retry = roots
    .flatMap((root) => [...root.querySelectorAll<HTMLButtonElement>('button')])
    .find((button) => button.textContent?.trim() === en.common.retry);
  if (!retry) throw new Error(`no "${en.common.retry}" button; the widget shows: ${host.shadowRoot!.textContent}`);
  retry.click();
}

describe('new case: the claim survives sign-out, token errors, network loss and view switches', () => {
  const originalFetch = window.fetch;
  afterEach(async () => {
    window.fetch = originalFetch;
    await signIn('acme-ready');
  });

  it('comes back field by field after the session ends, the connection drops and the view changes', async function () {
    this.timeout(30_000);
    // kyc-required files cases under one of two divisions, so every field of the form is there to fill.
    await signIn('kyc-required');
    const host = document.createElement('debitura-collect');
    host.setAttribute('environment', 'sandbox');
    host.setAttribute('locale', 'en');
    host.setAttribute('token-endpoint', freshTokenEndpoint('claim-survives'));
    await attachForNewCase(host);
    const view = await formBack(host);
    await fillDanishCompany(view);
    await fillField(view, 'Company registration number', 'DK12345678');
    await fillField(view, 'Phone', '+45 12 34 56 78');
    await fillField(view, 'Comments for the collection partner', 'Promised to pay twice, never did.');
    const division = view.shadowRoot!.querySelector<HTMLSelectElement>('#field-creditorDivisionId')!;
    await fillField(view, 'Division', division.options[2]!.value);
    await fillField(view, 'Case owner', 'harriet@kyc-required.example');
    await fillField(view, 'What the claim is for', 'Office furniture delivered in October.');
    const before = typed(view);
    expect(Object.values(before).filter((value) => value !== '' && value !== 'false').length).to.be.greaterThan(15);
    expect(before['field-creditorDivisionId']).to.equal(division.options[2]!.value);
    expect(before['field-assignedUserEmail']).to.equal('harriet@kyc-required.example');
    const storedBefore = { local: localStorage.length, session: sessionStorage.length };

    // The connection drops while the price is checked.
    window.fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/customer/'))
        throw new TypeError('Failed to fetch');
      return originalFetch(input, init);
    };
    await clickButton(view, en.newCase.actions.preview);
    await waitUntil(() => viewText(view).includes(en.newCase.outcomes.network.title), 'the network loss never showed', {
      timeout: 15_000,
    });
    expect(typed(view)).to.deep.equal(before);

    // The partner's session ends: Debitura refuses the token, and the token endpoint answers 401.
    await signIn(null);
    window.fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/customer/'))
        return new Response(null, { status: 401 });
      return originalFetch(input, init);
    };
    await tryAgain(host);
    await waitUntil(
      () => (host.shadowRoot!.textContent ?? '').includes(en.token.signedOut.title),
      `the sign-out never showed; the widget shows: ${host.shadowRoot!.textContent}`,
      { timeout: 15_000 },
    );

    // Signed in again, "Try again" brings the claim back as it was.
    await signIn('kyc-required');
    window.fetch = originalFetch;
    await tryAgain(host);
    let again = await formBack(host);
    expect(typed(again)).to.deep.equal(before);

    // A view switch within the page keeps it too.
    host.view = 'cases';
    await waitUntil(() => host.shadowRoot!.querySelector('debitura-case-list'), 'the case list never showed');
    host.view = 'new-case';
    again = await formBack(host);
    expect(typed(again)).to.deep.equal(before);
    expect(
      { local: localStorage.length, session: sessionStorage.length },
      'nothing typed goes to storage',
    ).to.deep.equal(storedBefore);
  });
});
