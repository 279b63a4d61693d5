// What the user has typed into the new-case form, exactly as typed: amounts and dates stay strings until the
// request is built, so nothing the user entered is ever reformatted or lost while they edit.
import type { DebtorType } from '../../../../wire/case-vocabulary.js';

export interface NewCaseFormValues {
  debtorType: DebtorType;
  name: string;
  contactPerson: string;
  companyRegistrationNumber: string;
  address: string;
  zipCode: string;
  city: string;
  /** A country name in the reader's language or an alpha-2 code; resolved to alpha-2 when sent. */
  country: string;
  /** Two-letter US state code, used only when the country is the United States. */
  stateAlpha2: string;
  email: string;
  phone: string;
  amountToRecover: string;
  currencyCode: string;
  /** `yyyy-mm-dd`, as `<input type="date">` gives it. */
  date: string;
  dueDate: string;
  creditorReference: string;
  /** The division (branch) the case is filed under: a division id, or '' when none is chosen. */
  creditorDivisionId: string;
  /** The team member who owns the case: their e-mail, or '' for the whole team. */
  assignedUserEmail: string;
  /** What the claim is for, in the creditor's words (Debitura's `claimDescription`). */
  claimDescription: string;
  comments: string;
  /** Whether the "older invoices" split is open; closed means the split is not sent. */
  showAgeSplit: boolean;
  amountToRecoverOver6Months: string;
  amountToRecoverOver12Months: string;
  amountToRecoverOver24Months: string;
}

export type NewCaseFieldKey = Exclude<keyof NewCaseFormValues, 'showAgeSplit'>;

/** One message per field: the first problem found. */
export type FieldErrors = Partial<Record<NewCaseFieldKey, string>>;

/** The order fields appear in, which is also the order focus visits errors. */
export const newCaseFieldOrder: readonly NewCaseFieldKey[] = [
  'debtorType',
  'name',
  'contactPerson',
  'companyRegistrationNumber',
  'address',
  'zipCode',
  'city',
  'country',
  'stateAlpha2',
  'email',
  'phone',
  'amountToRecover',
  'currencyCode',
  'date',
  'dueDate',
  'creditorReference',
  'amountToRecoverOver6Months',
  'amountToRecoverOver12Months',
  'amountToRecoverOver24Months',
  'creditorDivisionId',
  'assignedUserEmail',
  'claimDescription',
  'comments',
];

export function emptyNewCaseForm(currencyCode: string): NewCaseFormValues {
  return {
    debtorType: 'Company',
    name: '',
    contactPerson: '',
    companyRegistrationNumber: '',
    address: '',
    zipCode: '',
    city: '',
    country: '',
    stateAlpha2: '',
    email: '',
    phone: '',
    amountToRecover: '',
    currencyCode,
    date: '',
    dueDate: '',
    creditorReference: '',
    creditorDivisionId: '',
    assignedUserEmail: '',
    claimDescription: '',
    comments: '',
    showAgeSplit: false,
    amountToRecoverOver6Months: '',
    amountToRecoverOver12Months: '',
    amountToRecoverOver24Months: '',
  };
}

/** The first field, in form order, that has an error. */
export function firstFieldWithError(errors: FieldErrors): NewCaseFieldKey | undefined {
  return newCaseFieldOrder.find((key) => errors[key] !== undefined);
}
