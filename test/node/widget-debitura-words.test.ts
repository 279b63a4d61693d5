// Debitura's codes and English sentences become the widget's own words in every catalogue language: timeline
// entries, the price check's jurisdiction, pricing rule, required steps and ineligibility, and the one situation
// (and one way forward) a price check's blockers amount to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/widget/i18n/en/index.js';
import { messages as da } from '../../src/widget/i18n/da/index.js';
import { messages as de } from '../../src/widget/i18n/de/index.js';
import { amountIn, statusIn, timelineEntryText } from '../../src/widget/views/case-detail/timeline-entry.js';
import {
  ineligibleReason,
  jurisdictionName,
  pricingSourceText,
  requiredActionText,
} from '../../src/widget/views/new-case/preview-words.js';
import { previewBlockers, type PreviewBlockers } from '../../src/widget/handoff/preview-blockers.js';
import { codeLabel } from '../../src/widget/views/case-detail/code-label.js';
import { HandoffWatchController, handoffPollMs } from '../../src/widget/handoff/handoff-watch.js';
import { fakeEnvironment } from './fake-resume-environment.js';
import { ControllerHost } from './controller-host.js';

const handoffOf = (blockers: PreviewBlockers) => (blockers.kind === 'none' ? null : blockers.handoff);

const entry = (type: string, title: string, description: string) => ({
  date: '2026-03-01T10:00:00Z',
  type,
  title,
  description,
  actor: null,
});

test('a status change names the status as the badge does, never the internal label', () => {
  const item = entry(
    'StatusChanged',
    'Status changed to Pending Verification Internal',
    'The case is now Pending Verification Internal.',
  );
  assert.equal(statusIn(item.title), 'PendingVerificationInternal');
  for (const messages of [en, da, de]) {
    const text = timelineEntryText(item, messages, messages.cases, 'en');
    assert.equal(text.kind, messages.cases.detail.timeline.types.StatusChanged);
    assert.ok(text.detail.includes(messages.status.PendingVerificationInternal), text.detail);
    assert.ok(!/Pending Verification/i.test(`${text.kind} ${text.detail}`));
  }
});

test('timeline amounts are formatted in the widget’s locale, not as Debitura writes them', () => {
  const item = entry('PaymentReceived', 'Payment received', 'A payment of 8292.55 EUR was registered.');
  assert.deepEqual(amountIn(item.description), { value: 8292.55, currency: 'EUR' });
  const danish = timelineEntryText(item, da, da.cases, 'da-DK');
  assert.equal(danish.kind, 'Betaling modtaget');
  assert.ok(danish.detail.replace(/\s/g, ' ').includes('8.292,55 €'), danish.detail);
  const german = timelineEntryText(item, de, de.cases, 'de-DE');
  assert.ok(german.detail.replace(/\s/g, ' ').includes('8.292,55 €'), german.detail);
  assert.ok(!german.detail.includes('8292.55'));
});

test('a closing entry names the outcome in the catalogue’s words, the longest close code winning', () => {
  const item = entry('CaseClosed', 'Case closed', 'Closed with the outcome "Partially paid".');
  assert.equal(timelineEntryText(item, da, da.cases, 'da-DK').detail, 'Resultat: Delvist betalt');
  const viaStatus = entry('StatusChanged', 'Case closed', 'The case was closed: Debtor Untraceable.');
  assert.equal(timelineEntryText(viaStatus, de, de.cases, 'de').detail, 'Ergebnis: Der Schuldner war nicht auffindbar');
});

test('known entry types drop Debitura’s English text; unknown ones keep it as the fallback', () => {
  const known = entry(
    'PartnerAssigned',
    'Collection partner assigned',
    'Nordic Inkasso (Denmark) will handle the case.',
  );
  assert.deepEqual(timelineEntryText(known, da, da.cases, 'da-DK'), { kind: 'Inkassopartner tildelt', detail: '' });
  const unknown = entry('SomethingNew', 'Something new', 'Details as Debitura wrote them.');
  assert.deepEqual(timelineEntryText(unknown, da, da.cases, 'da-DK'), {
    kind: 'Something new',
    detail: 'Details as Debitura wrote them.',
  });
});

test('payment methods and other codes read from the catalogue, spaces and case ignored', () => {
  assert.equal(codeLabel('Bank transfer', da.cases.detail.payments.methods), 'Bankoverførsel');
  assert.equal(codeLabel('bank_transfer', de.cases.detail.payments.methods), 'Überweisung');
  assert.equal(codeLabel('Collection partner', de.cases.detail.payments.recipients), 'Inkassopartner');
  assert.equal(codeLabel('WireTransfer', da.cases.detail.payments.methods), 'Wire transfer');
});

test('the jurisdiction is named by Intl in the reader’s language, with a US state', () => {
  assert.equal(jurisdictionName({ name: 'Denmark', countryAlpha2: 'DK', stateAlpha2: null }, 'de'), 'Dänemark');
  assert.equal(
    jurisdictionName({ name: 'United States - California', countryAlpha2: 'US', stateAlpha2: 'CA' }, 'da'),
    'USA – California',
  );
  assert.equal(jurisdictionName({ name: 'Atlantis', countryAlpha2: null, stateAlpha2: null }, 'da'), 'Atlantis');
  assert.equal(jurisdictionName(null, 'da'), null);
});

test('the pricing rule and the required steps come from the catalogue; unknown ones fall back to Debitura', () => {
  const price = {
    pricingSource: 'Standard agreement',
    pricingSourceDescription: '12% success fee — Nordic Inkasso standard rate for Denmark',
  };
  assert.equal(pricingSourceText(price, da.newCase.preview), da.newCase.preview.pricingSources['Standard agreement']);
  assert.equal(
    pricingSourceText({ pricingSource: 'Brand new rule', pricingSourceDescription: 'Explained' }, de.newCase.preview),
    'Explained',
  );
  const action = { type: 'MissingPowerOfAttorney', message: 'The power of attorney must be signed.' };
  assert.equal(requiredActionText(action, de.newCase.preview), 'Vollmacht für den Inkassopartner');
  assert.equal(requiredActionText({ type: 'Unheard', message: 'As sent' }, de.newCase.preview), 'As sent');
});

test('a blocked creditor is told apart from a debtor no partner covers', () => {
  assert.equal(
    ineligibleReason({
      ineligibilityReason: 'This creditor is blocked from creating cases. Contact Debitura support.',
    }),
    'CreditorBlocked',
  );
  assert.equal(
    ineligibleReason({
      ineligibilityReason: "We don't have an exclusive pre-legal partner in the provided jurisdiction.",
    }),
    'NoPartnerAvailable',
  );
});

test('a price check’s blockers come down to one situation: none, contracts (deferrable), KYC, or other', () => {
  const options = { returnUrl: 'https://partner.example/done', isAllowed: (url: string) => url.startsWith('https://') };
  const signing = { combinedSigningUrl: 'https://app.debitura.com/sign/chain' };
  assert.deepEqual(previewBlockers({ requiredActions: [] }, options), { kind: 'none' });
  const contracts = previewBlockers(
    {
      requiredActions: [
        { type: 'MissingDebtCollectionContract', message: 'x', solutionUrl: 'https://app.debitura.com/sdca' },
        { type: 'MissingPowerOfAttorney', message: 'y', solutionUrl: 'https://app.debitura.com/poa' },
      ],
      signingHandoff: signing,
    },
    options,
  );
  assert.equal(contracts.kind, 'contracts');
  assert.ok(handoffOf(contracts)?.url.startsWith('https://app.debitura.com/sign/chain?'));
  const kyc = previewBlockers(
    {
      requiredActions: [
        { type: 'MissingPowerOfAttorney', message: 'y', solutionUrl: 'https://app.debitura.com/poa' },
        { type: 'MissingKycVerification', message: 'z', solutionUrl: 'https://app.debitura.com/kyc' },
      ],
      signingHandoff: signing,
    },
    options,
  );
  assert.equal(kyc.kind, 'kyc', 'KYC cannot be deferred, so it decides the situation');
  assert.equal(handoffOf(kyc)?.kind, 'kyc');
  assert.equal(
    previewBlockers({ requiredActions: [], requiresKycVerification: true, hasKycOnFile: false }, options).kind,
    'kyc',
  );
  assert.equal(
    previewBlockers({ requiredActions: [], requiresKycVerification: true, hasKycOnFile: true }, options).kind,
    'none',
  );
  assert.equal(previewBlockers({ requiredActions: [{ type: 'SomethingElse' }] }, options).kind, 'other');
});

test('the hand-off watch looks on return and slowly while away, and leaves no timer or listener behind', () => {
  const clock = fakeEnvironment();
  const host = new ControllerHost();
  let looks = 0;
  const watch = new HandoffWatchController(host, { check: () => looks++, environment: clock.env });
  host.connect();
  assert.equal(watch.watching, false, 'nothing is watched before a hand-off opens');
  assert.equal(clock.pending(), 0);
  watch.start();
  assert.equal(watch.watching, true);
  clock.advance(handoffPollMs - 1);
  assert.equal(looks, 0);
  clock.advance(1);
  assert.equal(looks, 1, 'one slow look per interval');
  clock.comeBack();
  assert.equal(looks, 2, 'coming back to the page looks at once');
  host.disconnect();
  assert.equal(clock.pending(), 0, 'no timer outlives the view');
  assert.equal(clock.listening(), false, 'no listener outlives the view');
  clock.advance(handoffPollMs * 3);
  assert.equal(looks, 2);
  watch.start();
  watch.stop();
  assert.equal(clock.pending(), 0);
  assert.equal(watch.watching, false);
});
