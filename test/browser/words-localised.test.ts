// In Danish and German, what Debitura sends as codes or English sentences reaches the reader in the widget's own
// words: the case detail's status, outcome, timeline and payments, and the price check's jurisdiction, pricing
// rule and required steps. Amounts are written the locale's way. Nothing Debitura wrote in English is left.
import { expect } from '@open-wc/testing';
import { messages as da } from '../../src/widget/i18n/da/index.js';
import { messages as de } from '../../src/widget/i18n/de/index.js';
import type { Messages } from '../../src/widget/i18n/en/index.js';
import type { CaseDetailView } from '../../src/widget/views/case-detail/case-detail-view.js';
import { lifecycleLabels } from '../../src/wire/case.js';
import { advanceCase, casesContext, mountDetail, text, type CasesContext } from './cases-harness.js';
import { clickButton, fillField, mountNewCase, uniqueReference, viewText, waitForStep } from './harness.js';

const languages: ReadonlyArray<{ messages: Messages; locale: string; spain: string }> = [
  { messages: da, locale: 'da-DK', spain: 'Spanien' },
  { messages: de, locale: 'de-DE', spain: 'Spanien' },
];

function section(view: CaseDetailView, heading: string): string {
  const title = [...view.shadowRoot!.querySelectorAll('h4')].find((candidate) => text(candidate) === heading);
  if (!title) throw new Error(`no section "${heading}" in: ${text(view)}`);
  return text(title.closest('section'));
}

/** Debitura's English lifecycle labels that are not also the word a locale uses ("Aktiv" ≠ "Active"). */
const englishStatuses = Object.values(lifecycleLabels);

describe('Debitura’s words in Danish and German', () => {
  let context: CasesContext;
  let caseId: string;
  const amount = 8292.55;

  before(async () => {
    context = await casesContext();
    const created = await context.client.createCase(
      {
        currencyCode: 'EUR',
        amountToRecover: amount,
        date: '2026-01-05',
        dueDate: '2026-02-04',
        creditorReference: `WORDS-${Date.now()}`,
        isTest: true,
        debtor: {
          type: 'Company',
          name: 'Fjord Timber ApS',
          address: 'Havnegade 4',
          city: 'Aarhus',
          countryAlpha2: 'DK',
        },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    caseId = created.id!;
    await advanceCase(context, caseId, { to: 'Closed:Paid', amount });
  });

  for (const { messages, locale } of languages) {
    it(`${messages.language}: the case detail, its timeline and payments hold no English from Debitura`, async () => {
      const timeline = (await context.client.getTimeline(caseId)).items ?? [];
      const debituraTexts = timeline.flatMap((entry) => [entry.title ?? '', entry.description ?? '']).filter(Boolean);
      expect(debituraTexts.join(' '), 'the sandbox speaks English, as Debitura does').to.contain('8292.55 EUR');
      expect(debituraTexts.join(' ')).to.contain(lifecycleLabels.PendingVerificationInternal);

      const view = await mountDetail({ ...context, messages, locale }, caseId);
      const words = messages.cases.detail;
      const summary = section(view, words.summary.heading);
      const history = section(view, words.timeline.heading);
      const payments = section(view, words.payments.heading);
      const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(amount);
      const shown = (value: string) => value.replace(/\s+/g, ' ');

      expect(summary).to.contain(messages.status.Closed);
      expect(summary).to.contain(words.closeCodes.Paid);
      expect(history).to.contain(messages.status.PendingVerificationInternal);
      expect(history).to.contain(words.timeline.types.PaymentReceived);
      expect(history, 'the timeline amount is written the locale’s way').to.contain(shown(money));
      expect(payments).to.contain(words.payments.methods['Bank transfer']);
      expect(payments).to.contain(words.payments.recipients['Collection partner']);

      const everything = `${summary} ${history} ${payments}`;
      for (const sentence of debituraTexts) expect(everything).not.to.contain(sentence);
      for (const label of englishStatuses.filter((label) => !Object.values(messages.status).includes(label)))
        expect(everything).not.to.match(new RegExp(`\\b${label}\\b`));
      for (const english of [
        '8292.55',
        'EUR',
        'Bank transfer',
        'Collection partner',
        'Payment received',
        'Case closed',
      ])
        expect(everything).not.to.contain(english);
      await expect(view).to.be.accessible();
    });
  }

  for (const { messages, spain } of languages) {
    it(`${messages.language}: the price check names the jurisdiction, pricing rule and steps in the widget’s words`, async () => {
      const { view } = await mountNewCase({ locale: messages.language });
      const fields = messages.newCase.fields;
      await fillField(view, fields.name.labelCompany, 'Nordlys Trading ApS');
      await fillField(view, fields.contactPerson.label, 'Lucía García');
      await fillField(view, fields.address.label, 'Calle Mayor 1');
      await fillField(view, fields.zipCode.label, '28013');
      await fillField(view, fields.city.label, 'Madrid');
      await fillField(view, fields.country.label, spain);
      await fillField(view, fields.amountToRecover.label, '12500');
      await fillField(view, fields.currencyCode.label, 'EUR');
      await fillField(view, fields.date.label, '2025-11-03');
      await fillField(view, fields.dueDate.label, '2025-12-03');
      await fillField(view, fields.creditorReference.label, uniqueReference());
      await clickButton(view, messages.newCase.actions.preview);
      await waitForStep(view, messages.newCase.steps.preview);
      const shown = viewText(view);
      const preview = messages.newCase.preview;
      expect(shown).to.contain(`${preview.jurisdiction} ${spain}`);
      expect(shown).to.contain(preview.pricingSources['Standard agreement']);
      expect(shown).to.contain(preview.actionTypes.MissingPowerOfAttorney);
      for (const english of [
        'Spain',
        'Standard agreement',
        'standard rate',
        'success fee',
        'power of attorney',
        'must be signed',
        'Debitura can take this case',
      ])
        expect(shown.toLowerCase()).not.to.contain(english.toLowerCase());
      await expect(view).to.be.accessible();
    });
  }
});
