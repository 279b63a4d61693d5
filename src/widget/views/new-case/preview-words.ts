// What the price check says, in the widget's words rather than Debitura's English: the jurisdiction named by
// `Intl` in the reader's language, the pricing rule and the required steps from the catalogue, and why a case
// cannot be taken. Debitura's own text is only the fallback for a code this version does not know.
import type { JurisdictionDto, PreviewResultDto, PricingPreviewDto, RequiredActionDto } from '../../../wire/preview.js';
import { countryName } from '../../format/countries.js';
import type { NewCaseMessages } from '../../i18n/en/new-case.js';
import { saysCreditorBlocked } from './rules/early-eligibility.js';
import { usStates } from './rules/us-states.js';

export function jurisdictionName(jurisdiction: JurisdictionDto | null | undefined, locale: string): string | null {
  if (!jurisdiction) return null;
  const country = jurisdiction.countryAlpha2?.trim().toUpperCase();
  if (!country) return jurisdiction.name ?? null;
  const state = jurisdiction.stateAlpha2?.trim().toUpperCase();
  const stateName = state ? (usStates.find(([code]) => code === state)?.[1] ?? state) : null;
  const name = countryName(country, locale);
  return stateName ? `${name} – ${stateName}` : name;
}

export function pricingSourceText(price: PricingPreviewDto, words: NewCaseMessages['preview']): string | null {
  const source = price.pricingSource?.trim();
  const known = source ? lookup(words.pricingSources, source) : undefined;
  return known ?? price.pricingSourceDescription ?? source ?? null;
}

export function requiredActionText(action: RequiredActionDto, words: NewCaseMessages['preview']): string {
  return (action.type ? lookup(words.actionTypes, action.type) : undefined) ?? action.message ?? action.type ?? '';
}

export type IneligibleReason = 'CreditorBlocked' | 'NoPartnerAvailable';

/**
 * Why Debitura cannot take the case. The preview says so only in an English sentence; a blocked creditor is
 * the one reason nothing about this debtor changes, so it is told apart from "no partner for this debtor".
 */
export function ineligibleReason(preview: PreviewResultDto): IneligibleReason {
  return saysCreditorBlocked(preview.ineligibilityReason) ? 'CreditorBlocked' : 'NoPartnerAvailable';
}

function lookup(known: Readonly<Record<string, string>>, code: string): string | undefined {
  const wanted = code.toLowerCase();
  return Object.entries(known).find(([name]) => name.toLowerCase() === wanted)?.[1];
}
