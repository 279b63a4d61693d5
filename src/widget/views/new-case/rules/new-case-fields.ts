// Which fields the form shows and requires for the current answers, their labels and their limits. The form,
// the validation and the request mapping all ask here, so a hidden field is never validated or sent.
import type { NewCaseMessages } from '../../../i18n/en/new-case.js';
import { resolveCountryCode } from '../../../format/countries.js';
import type { NewCaseFieldKey, NewCaseFormValues } from './new-case-form-values.js';
import { isDivisionAsked, isOwnerOffered, noFilingChoices, type FilingChoices } from './filing-choices.js';

/** Limits from the Debitura request schema. */
export const fieldMaxLengths: Partial<Record<NewCaseFieldKey, number>> = {
  creditorReference: 50,
  claimDescription: 4000,
  comments: 4000,
};

export const ageBucketFields = [
  'amountToRecoverOver6Months',
  'amountToRecoverOver12Months',
  'amountToRecoverOver24Months',
] as const;
export type AgeBucketField = (typeof ageBucketFields)[number];

const companyOnlyFields: readonly NewCaseFieldKey[] = ['contactPerson', 'companyRegistrationNumber'];

const alwaysRequired: readonly NewCaseFieldKey[] = [
  'debtorType',
  'name',
  'address',
  'city',
  'country',
  'amountToRecover',
  'currencyCode',
  'date',
  'dueDate',
];

export function isUsDebtor(values: NewCaseFormValues, locale: string): boolean {
  return resolveCountryCode(values.country, locale) === 'US';
}

/**
 * `choices` are the creditor's divisions and team, once known: the division field shows when there are several
 * divisions to choose from, the case owner when there is a team.
 */
export function isFieldShown(
  key: NewCaseFieldKey,
  values: NewCaseFormValues,
  locale: string,
  choices: FilingChoices = noFilingChoices,
): boolean {
  if (key === 'creditorDivisionId') return isDivisionAsked(choices);
  if (key === 'assignedUserEmail') return isOwnerOffered(choices);
  if (companyOnlyFields.includes(key)) return values.debtorType === 'Company';
  if (key === 'stateAlpha2') return isUsDebtor(values, locale);
  if ((ageBucketFields as readonly NewCaseFieldKey[]).includes(key)) return values.showAgeSplit;
  return true;
}

/**
 * Required by Debitura's rules: name and country always, the state for US debtors, the contact person for
 * companies ("required for companies" in DebtorDto), address, city, amount and invoice date per the case
 * submission guide. The due date is required too: it is what prices the age of a single invoice. A creditor with
 * several divisions files each case under one of them.
 */
export function isFieldRequired(
  key: NewCaseFieldKey,
  values: NewCaseFormValues,
  locale: string,
  choices: FilingChoices = noFilingChoices,
): boolean {
  if (!isFieldShown(key, values, locale, choices)) return false;
  if (key === 'contactPerson' || key === 'stateAlpha2' || key === 'creditorDivisionId') return true;
  return alwaysRequired.includes(key);
}

export function fieldLabel(key: NewCaseFieldKey, values: NewCaseFormValues, messages: NewCaseMessages): string {
  const fields = messages.fields;
  switch (key) {
    case 'name':
      return values.debtorType === 'Company' ? fields.name.labelCompany : fields.name.labelPrivate;
    case 'amountToRecoverOver6Months':
      return fields.ageSplit.over6;
    case 'amountToRecoverOver12Months':
      return fields.ageSplit.over12;
    case 'amountToRecoverOver24Months':
      return fields.ageSplit.over24;
    default:
      return fields[key].label;
  }
}
