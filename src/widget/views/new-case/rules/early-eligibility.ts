// The early eligibility check: as soon as the debtor's country (and US state), the debtor type and a valid
// amount are known, Debitura is asked whether a case could be filed at all, so a debtor in a country Debitura
// does not cover, or a creditor Debitura has blocked, is told before the rest of the form is filled in. These
// rules say when there is enough to ask, and what an answer means for the form as it is now.
import { debtorTypes } from '../../../../wire/case-vocabulary.js';
import type { CaseEligibilityRequestApiDTO, CaseEligibilityResponseApiDTO } from '../../../../wire/coverage.js';
import { resolveCountryCode } from '../../../format/countries.js';
import { parseAmountInput } from './amount-input.js';
import { isOfferedCurrency } from './currencies.js';
import type { NewCaseFormValues } from './new-case-form-values.js';
import { isUsStateCode } from './us-states.js';

/** The question, with every field present so two questions compare field by field. */
export interface EligibilityQuestion extends CaseEligibilityRequestApiDTO {
  stateAlpha2: string | null;
}

/** A question and Debitura's answer to it. */
export interface EligibilityAnswer {
  question: EligibilityQuestion;
  response: CaseEligibilityResponseApiDTO;
}

export type EarlyEligibilityNotice =
  | { kind: 'none' }
  /** No collection partner for this debtor where it is. */
  | { kind: 'uncovered'; countryAlpha2: string; stateAlpha2: string | null }
  /** Debitura takes no cases from this creditor at all. */
  | { kind: 'blocked' };

const noNotice: EarlyEligibilityNotice = { kind: 'none' };

/** Debitura only says so in English prose; "blocked" is the one word that tells a blocked creditor apart. */
export function saysCreditorBlocked(message: string | null | undefined): boolean {
  return /\bblocked\b/i.test(message ?? '');
}

/**
 * What to ask Debitura, or null while the country, the US state, the debtor type, the amount or the currency
 * is missing or not valid yet (nothing is asked about half-typed values).
 */
export function eligibilityQuestion(values: NewCaseFormValues, locale: string): EligibilityQuestion | null {
  const countryAlpha2 = resolveCountryCode(values.country, locale);
  if (!countryAlpha2) return null;
  const state = values.stateAlpha2.trim().toUpperCase();
  if (countryAlpha2 === 'US' && !isUsStateCode(state)) return null;
  if (!(debtorTypes as readonly string[]).includes(values.debtorType)) return null;
  const amount = parseAmountInput(values.amountToRecover, locale);
  if (amount === null || amount < 0.01) return null;
  if (!isOfferedCurrency(values.currencyCode)) return null;
  return {
    countryAlpha2,
    stateAlpha2: countryAlpha2 === 'US' ? state : null,
    debtorType: values.debtorType,
    amount,
    currencyCode: values.currencyCode,
  };
}

/**
 * What the form says now, from the latest answer and the question the form would ask now. A blocked creditor
 * holds whatever the debtor; "not covered" holds while the debtor is still of the same type in the same place
 * (a changed amount is asked again, and the notice stays until the new answer). Nothing is said while the form
 * has no complete question, and a question never answered (a failed check) says nothing.
 */
export function earlyEligibilityNotice(
  answer: EligibilityAnswer | null,
  current: EligibilityQuestion | null,
): EarlyEligibilityNotice {
  if (!answer || !current || answer.response.isEligible !== false) return noNotice;
  if (saysCreditorBlocked(answer.response.errorMessage)) return { kind: 'blocked' };
  const asked = answer.question;
  const samePlace =
    asked.countryAlpha2 === current.countryAlpha2 &&
    asked.stateAlpha2 === current.stateAlpha2 &&
    asked.debtorType === current.debtorType;
  return samePlace
    ? { kind: 'uncovered', countryAlpha2: asked.countryAlpha2, stateAlpha2: asked.stateAlpha2 }
    : noNotice;
}
