// Puts the field-keyed 400 Debitura sends ({"debtor.email": ["..."]}, also seen as "Debtor.Email" or
// "$.debtor.email") back on the form field the user typed the value into. Keys are matched case-insensitively;
// anything that matches no field is returned so the view can still show it.
import type { NewCaseMessages } from '../../../i18n/en/new-case.js';
import { interpolate } from '../../../i18n/interpolate.js';
import type { FieldErrors, NewCaseFieldKey } from './new-case-form-values.js';

const fieldOfApiKey: Readonly<Record<string, NewCaseFieldKey>> = {
  'debtor.type': 'debtorType',
  'debtor.name': 'name',
  'debtor.contactperson': 'contactPerson',
  'debtor.companyregistrationnumber': 'companyRegistrationNumber',
  'debtor.address': 'address',
  'debtor.zipcode': 'zipCode',
  'debtor.city': 'city',
  'debtor.countryalpha2': 'country',
  'debtor.country': 'country',
  'debtor.statealpha2': 'stateAlpha2',
  // Debitura's error reference says `debtor.state` also carries the US state rule.
  'debtor.state': 'stateAlpha2',
  'debtor.email': 'email',
  'debtor.phone': 'phone',
  amounttorecover: 'amountToRecover',
  currencycode: 'currencyCode',
  date: 'date',
  duedate: 'dueDate',
  creditorreference: 'creditorReference',
  comments: 'comments',
  amounttorecoverover6months: 'amountToRecoverOver6Months',
  amounttorecoverover12months: 'amountToRecoverOver12Months',
  amounttorecoverover24months: 'amountToRecoverOver24Months',
};

export interface MappedApiErrors {
  fields: FieldErrors;
  /** Messages whose key names no form field (e.g. `debtor`, `returnUrl`, or a general `error`). */
  unmatched: string[];
}

export function formFieldOfApiKey(apiKey: string): NewCaseFieldKey | undefined {
  const normalized = apiKey
    .trim()
    .toLowerCase()
    .replace(/^\$\.?/, '')
    .replace(/^(request|body|model)\./, '');
  return fieldOfApiKey[normalized];
}

export function fieldErrorsFromApi(
  apiErrors: Readonly<Record<string, readonly string[]>>,
  messages: NewCaseMessages,
): MappedApiErrors {
  const fields: FieldErrors = {};
  const unmatched: string[] = [];
  for (const [apiKey, apiMessages] of Object.entries(apiErrors)) {
    const message = apiMessages.find((text) => text.trim()) ?? '';
    const field = formFieldOfApiKey(apiKey);
    if (!field) {
      if (message) unmatched.push(message);
      continue;
    }
    if (fields[field] !== undefined) continue;
    fields[field] =
      field === 'creditorReference' && isDuplicateMessage(message)
        ? messages.outcomes.duplicateReference.body
        : interpolate(messages.validation.fromDebitura, { message: message || apiKey });
  }
  return { fields, unmatched };
}

/** Debitura reports a reused reference as a validation error (`DuplicateReference`) on `creditorReference`. */
function isDuplicateMessage(message: string): boolean {
  return /duplicate|already|exists|unique/i.test(message);
}
