// The creditor's side of a new case, against the sandbox: a creditor with several divisions chooses one (never
// an archived one), may name a case owner from the team and describe the claim; all three reach Debitura with
// the case and survive going back from the price check. A creditor without divisions is not asked.
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/widget/i18n/en/index.js';
import { messages as de } from '../../src/widget/i18n/de/index.js';
import type { NewCaseView } from '../../src/widget/views/new-case/new-case-view.js';
import {
  choose,
  clickButton,
  confirmLabel,
  control,
  errorOf,
  fillDanishCompany,
  fillField,
  mountNewCase,
  sendConfirmedCase,
  viewText,
  waitForStep,
} from './harness.js';

const fields = en.newCase.fields;

function optionLabels(view: NewCaseView, label: string): string[] {
  return [...(control(view, label) as HTMLSelectElement).options].map((option) => option.textContent!.trim());
}

async function fieldShown(view: NewCaseView, label: string): Promise<void> {
  await waitUntil(
    () => [...view.shadowRoot!.querySelectorAll('label')].some((element) => element.textContent?.includes(label)),
    `the field "${label}" never appeared; the view shows: ${viewText(view)}`,
    { timeout: 8000 },
  );
  await view.updateComplete;
}

describe('new case: division, case owner and claim description', () => {
  const originalFetch = window.fetch;
  afterEach(() => {
    window.fetch = originalFetch;
  });

  it('a creditor with two active divisions must choose one; owner and description go out with the case', async function () {
    this.timeout(30_000);
    const { host, view } = await mountNewCase({ tenant: 'kyc-required' });
    await fieldShown(view, fields.creditorDivisionId.label);
    await fieldShown(view, fields.assignedUserEmail.label);
    // The owner field holds its place before the team arrives; its names come with the list.
    await waitUntil(() => optionLabels(view, fields.assignedUserEmail.label).length > 1, 'the team never arrived');
    expect(optionLabels(view, fields.creditorDivisionId.label)).to.deep.equal([
      fields.creditorDivisionId.choose,
      'Kestrel Imports – London',
      'Kestrel Imports – Manchester',
    ]);
    expect(optionLabels(view, fields.assignedUserEmail.label)).to.deep.equal([
      fields.assignedUserEmail.everyone,
      'Harriet Cole (harriet@kyc-required.example)',
    ]);

    await fillDanishCompany(view);
    await clickButton(view, en.newCase.actions.preview);
    await waitUntil(() => errorOf(view, fields.creditorDivisionId.label), 'no error at the division field');
    expect(errorOf(view, fields.creditorDivisionId.label)).to.equal('Division is required.');
    expect(view.shadowRoot!.activeElement?.id).to.equal(control(view, fields.creditorDivisionId.label).id);
    await expect(view).to.be.accessible();

    const manchester = [...(control(view, fields.creditorDivisionId.label) as HTMLSelectElement).options].find(
      (option) => option.textContent?.includes('Manchester'),
    )!.value;
    await fillField(view, fields.creditorDivisionId.label, manchester);
    await fillField(view, fields.assignedUserEmail.label, 'harriet@kyc-required.example');
    await fillField(view, fields.claimDescription.label, 'Office furniture delivered in October.');
    expect(errorOf(view, fields.creditorDivisionId.label)).to.equal(null);

    await clickButton(view, en.newCase.actions.preview);
    await waitForStep(view, en.newCase.steps.preview);
    expect(viewText(view)).to.contain(`${fields.creditorDivisionId.label} Kestrel Imports – Manchester`);
    expect(viewText(view)).to.contain(`${fields.assignedUserEmail.label} Harriet Cole`);

    // Back to edit: the three values are where they were.
    await clickButton(view, en.newCase.actions.edit);
    await waitForStep(view, en.newCase.steps.form);
    expect(control(view, fields.creditorDivisionId.label).value).to.equal(manchester);
    expect(control(view, fields.assignedUserEmail.label).value).to.equal('harriet@kyc-required.example');
    expect(control(view, fields.claimDescription.label).value).to.equal('Office furniture delivered in October.');

    const sent = await sendConfirmedCase(host, view);
    expect(sent.creditorDivisionId).to.equal(manchester);
    expect(sent.assignedUser?.email).to.equal('harriet@kyc-required.example');
    expect(sent.claimDescription).to.equal('Office furniture delivered in October.');
  });

  it('a creditor without divisions is not asked for one; the owner stays optional', async function () {
    this.timeout(20_000);
    const { host, view } = await mountNewCase({ tenant: 'acme-ready' });
    await fieldShown(view, fields.assignedUserEmail.label);
    expect(viewText(view)).not.to.contain(fields.creditorDivisionId.label);
    await fillDanishCompany(view);
    const sent = await sendConfirmedCase(host, view);
    expect(sent.creditorDivisionId ?? null).to.equal(null);
    expect(sent.assignedUser ?? null).to.equal(null);
    await expect(view).to.be.accessible();
  });

  it('divisions that arrive only after the price check still have to be chosen before the case is sent', async function () {
    this.timeout(30_000);
    let releaseDivisions!: () => void;
    const divisionsHeld = new Promise<void>((resolve) => (releaseDivisions = resolve));
    let divisionsRead = false;
    window.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!new URL(url, location.href).pathname.endsWith('/divisions')) return originalFetch(input, init);
      await divisionsHeld;
      const answer = await originalFetch(input, init);
      const body = await answer.text();
      // Marks the moment the widget has the list: everything after it runs before the next look.
      return Object.assign(new Response(body, { status: answer.status, headers: answer.headers }), {
        text: async () => {
          divisionsRead = true;
          return body;
        },
      });
    };
    const { host, view } = await mountNewCase({ tenant: 'kyc-required' });
    await fillDanishCompany(view);
    await clickButton(view, en.newCase.actions.preview);
    await waitForStep(view, en.newCase.steps.preview);
    releaseDivisions();
    await waitUntil(() => divisionsRead, 'the divisions never arrived', { timeout: 8000 });
    await view.updateComplete;

    let created = 0;
    host.addEventListener('debitura-case-created', () => created++);
    await choose(view, confirmLabel);
    await clickButton(view, en.newCase.actions.submit);
    // Back on the form, with the division asked for at its field.
    await waitUntil(
      () => view.shadowRoot!.getElementById('step-heading')?.textContent?.trim() === en.newCase.steps.form,
      'the form never came back',
    );
    expect(created, 'nothing was sent').to.equal(0);
    expect(errorOf(view, fields.creditorDivisionId.label)).to.equal('Division is required.');
    await waitUntil(
      () => view.shadowRoot!.activeElement === control(view, fields.creditorDivisionId.label),
      'focus never reached the division field',
    );

    const london = (control(view, fields.creditorDivisionId.label) as HTMLSelectElement).options[1]!.value;
    await fillField(view, fields.creditorDivisionId.label, london);
    expect((await sendConfirmedCase(host, view)).creditorDivisionId).to.equal(london);
  });

  it('fits a 375 px phone and a 1280 px page with the division, owner and eligibility notice shown, in German too', async function () {
    this.timeout(30_000);
    for (const locale of ['en', 'de']) {
      const { host, view } = await mountNewCase({ tenant: 'kyc-required', locale });
      const words = locale === 'de' ? de.newCase : en.newCase;
      await fieldShown(view, words.fields.creditorDivisionId.label);
      await fieldShown(view, words.fields.assignedUserEmail.label);
      await fillField(view, words.fields.country.label, locale === 'de' ? 'Antarktis' : 'Antarctica');
      await fillField(view, words.fields.amountToRecover.label, '500');
      await waitUntil(
        () => view.shadowRoot!.querySelector('#eligibility-notice p'),
        'the eligibility notice never showed',
        { timeout: 8000 },
      );
      for (const width of [375, 1280]) {
        host.parentElement!.style.width = `${width}px`;
        await view.updateComplete;
        const form = view.shadowRoot!.querySelector('form')!;
        expect(form.scrollWidth, `${locale} at ${width}px: content width`).to.be.at.most(form.clientWidth);
        for (const element of view.shadowRoot!.querySelectorAll('select, textarea, #eligibility-notice p, legend')) {
          expect(
            element.getBoundingClientRect().right,
            `${locale} at ${width}px: ${element.id || element.textContent}`,
          ).to.be.at.most(host.getBoundingClientRect().right);
        }
      }
      await expect(view).to.be.accessible();
    }
  });
});
