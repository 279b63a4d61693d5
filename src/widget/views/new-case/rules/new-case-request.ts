// Turns a valid form into the bodies Debitura takes: POST /cases/preview and POST /cases. Only fields the form
// shows are sent, empty optional fields are left out rather than sent as "", and text is trimmed.
import type { CreateCollectionCaseRequestApiViewModel, DebtorDto } from '../../../../wire/case.js';
import type { PreviewCaseRequestApiViewModel } from '../../../../wire/preview.js';
import { parseAmountInput } from './amount-input.js';
import { parseDateInput } from './date-input.js';
import { resolveCountryCode } from '../../../format/countries.js';
import { isFieldShown, isUsDebtor } from './new-case-fields.js';
import { divisionToSend, noFilingChoices, ownerToSend, type FilingChoices } from './filing-choices.js';
import type { NewCaseFieldKey, NewCaseFormValues } from './new-case-form-values.js';

export interface RequestOptions {
  locale: string;
  /** Where Debitura's signing pages send the user back to; Debitura embeds it in `combinedSigningUrl`. */
  returnUrl: string | null;
}

export interface CreateRequestOptions extends RequestOptions {
  /** The creditor's divisions and team: the case is filed under a division and owned as they allow. */
  choices?: FilingChoices;
  /** Accept the case into "Pending contract signing" instead of a 422 when contracts are unsigned. */
  allowPendingContracts: boolean;
}

export function createCaseRequest(
  values: NewCaseFormValues,
  options: CreateRequestOptions,
): CreateCollectionCaseRequestApiViewModel {
  const choices = options.choices ?? noFilingChoices;
  const text = shownText(values, options.locale, choices);
  const debtor: DebtorDto = {
    type: values.debtorType,
    name: values.name.trim(),
    ...present('contactPerson', text('contactPerson')),
    ...present('companyRegistrationNumber', text('companyRegistrationNumber')),
    ...present('address', text('address')),
    ...present('zipCode', text('zipCode')),
    ...present('city', text('city')),
    countryAlpha2: countryCodeOf(values, options.locale),
    ...present('stateAlpha2', text('stateAlpha2')),
    ...present('email', text('email')),
    ...present('phone', text('phone')),
  };
  return {
    currencyCode: values.currencyCode,
    amountToRecover: amountOf(values.amountToRecover, options.locale),
    date: dateOf(values.date, options.locale),
    dueDate: dateOf(values.dueDate, options.locale),
    ...present('creditorReference', text('creditorReference')),
    ...present('claimDescription', text('claimDescription')),
    ...present('comments', text('comments')),
    debtor,
    ...present('creditorDivisionId', divisionToSend(values.creditorDivisionId, choices)),
    ...present('assignedUserEmail', text('assignedUserEmail') && ownerToSend(values.assignedUserEmail, choices)),
    ...ageSplitOf(values, options.locale),
    ...(options.allowPendingContracts ? { allowPendingContracts: true } : {}),
    ...present('returnUrl', options.returnUrl),
  };
}

/**
 * The preview takes either the age split or the due date, not both (PreviewCaseRequestApiViewModel): with a
 * split the split prices the age, otherwise the due date does. It has no division, owner or description: those
 * do not change where or at what price a case is collected.
 */
export function previewCaseRequest(values: NewCaseFormValues, options: RequestOptions): PreviewCaseRequestApiViewModel {
  const split = ageSplitOf(values, options.locale);
  const state = shownText(values, options.locale)('stateAlpha2');
  return {
    amountToRecover: amountOf(values.amountToRecover, options.locale),
    currencyCode: values.currencyCode,
    debtor: {
      type: values.debtorType,
      countryAlpha2: countryCodeOf(values, options.locale),
      ...(state && isUsDebtor(values, options.locale) ? { stateAlpha2: state } : {}),
    },
    ...(Object.keys(split).length > 0
      ? split
      : values.dueDate
        ? { dueDate: dateOf(values.dueDate, options.locale) }
        : {}),
    ...present('returnUrl', options.returnUrl),
  };
}

type AgeSplitBody = Pick<
  CreateCollectionCaseRequestApiViewModel,
  'amountToRecoverOver6Months' | 'amountToRecoverOver12Months' | 'amountToRecoverOver24Months'
>;

function ageSplitOf(values: NewCaseFormValues, locale: string): AgeSplitBody {
  if (!values.showAgeSplit) return {};
  const body: AgeSplitBody = {};
  for (const field of [
    'amountToRecoverOver6Months',
    'amountToRecoverOver12Months',
    'amountToRecoverOver24Months',
  ] as const) {
    const amount = parseAmountInput(values[field], locale);
    if (amount !== null) body[field] = amount;
  }
  return body;
}

function shownText(values: NewCaseFormValues, locale: string, choices: FilingChoices = noFilingChoices) {
  return (key: Exclude<NewCaseFieldKey, 'debtorType'>): string | null =>
    isFieldShown(key, values, locale, choices) ? values[key].trim() || null : null;
}

function present<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

function countryCodeOf(values: NewCaseFormValues, locale: string): string {
  return resolveCountryCode(values.country, locale) ?? values.country.trim().toUpperCase();
}

function amountOf(text: string, locale: string): number {
  return parseAmountInput(text, locale) ?? Number.NaN;
}

/** `yyyy-mm-dd` for Debitura; the form is validated first, so the text is a date (unparsed text is sent as typed). */
function dateOf(text: string, locale: string): string {
  return parseDateInput(text, locale) ?? text.trim();
}
