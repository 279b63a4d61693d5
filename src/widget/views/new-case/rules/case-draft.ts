// The claim the partner already holds, handed to the widget (`draft`) so the user never retypes it. Field names
// are Debitura's own (the CreateCollectionCase request), so a partner can pass what it would send. Every value
// lands in the form as text the user can edit; what a field cannot hold becomes an issue shown at that field, and
// what the form has no field for is listed, never dropped silently.
import type { DebtorType } from '../../../../wire/case-vocabulary.js';
import { parseAmountInput } from './amount-input.js';
import { countryName, resolveCountryCode } from '../../../format/countries.js';
import { isOfferedCurrency } from './currencies.js';
import { formatDateInput } from './date-input.js';
import { isIsoCalendarDate, localIsoDate } from './local-date.js';
import type { NewCaseFieldKey, NewCaseFormValues } from './new-case-form-values.js';
import { isUsStateCode } from './us-states.js';

/** The debtor as Debitura's DebtorDto names it. */
export interface CaseDraftDebtor {
  /** `Company` or `Private` (`Person` is read as `Private`). */
  type?: DebtorType | 'Person';
  /** Company name, or the person's full name. */
  name?: string;
  contactPerson?: string;
  companyRegistrationNumber?: string;
  address?: string;
  zipCode?: string;
  city?: string;
  /** US debtors: `CA`, `US-CA`. */
  stateAlpha2?: string;
  /** ISO alpha-2; wins over `country`. */
  countryAlpha2?: string;
  /** English country name, when there is no code. */
  country?: string;
  email?: string;
  phone?: string;
}

/** The invoice the partner hands over: the new-case form opens filled with it. */
export interface CaseDraft {
  debtor?: CaseDraftDebtor;
  /** The unpaid principal: a number, or text as the partner shows it. */
  amountToRecover?: number | string;
  /** ISO 4217. */
  currencyCode?: string;
  /** Invoice date: `yyyy-mm-dd`, an ISO date-time, or a Date. */
  date?: string | Date;
  dueDate?: string | Date;
  /** The partner's invoice number or other reference (at most 50 characters, unique per creditor). */
  creditorReference?: string;
  /** What the claim is for (at most 4000 characters). */
  claimDescription?: string;
  /** Context for the collection partner. */
  comments?: string;
}

export type DraftIssueKind =
  /** Not a calendar date. */
  | 'date'
  /** Not a currency the form offers. */
  | 'currency'
  /** Neither Company nor Private. */
  | 'debtorType'
  /** Not a US state. */
  | 'state'
  /** A value of a kind the field cannot take (an object, a boolean). */
  | 'value';

export interface DraftIssue {
  field: NewCaseFieldKey;
  kind: DraftIssueKind;
  /** What the partner handed over, as text, to quote back to the user. */
  value: string;
}

export interface DraftFill {
  values: NewCaseFormValues;
  /** Fields the draft filled: their problems show at once, not only on submit. */
  supplied: NewCaseFieldKey[];
  /** Values a field could not hold; the field keeps its previous value and shows the issue. */
  issues: DraftIssue[];
  /** Parts of the draft the form has no field for, e.g. `debtor.fax`. */
  unused: string[];
}

const textFields = {
  name: 'name',
  contactPerson: 'contactPerson',
  companyRegistrationNumber: 'companyRegistrationNumber',
  address: 'address',
  zipCode: 'zipCode',
  city: 'city',
  email: 'email',
  phone: 'phone',
} as const satisfies Partial<Record<keyof CaseDraftDebtor, NewCaseFieldKey>>;

const debtorKeys: readonly string[] = [...Object.keys(textFields), 'type', 'stateAlpha2', 'countryAlpha2', 'country'];
const draftKeys: readonly string[] = [
  'debtor',
  'amountToRecover',
  'currencyCode',
  'date',
  'dueDate',
  'creditorReference',
  'claimDescription',
  'comments',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value quoted back to the user. */
function quoted(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Text for a text field: strings as they are, numbers as digits; anything else is not text. */
function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') return String(value);
  return null;
}

function asIsoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : localIsoDate(value);
  if (typeof value !== 'string') return null;
  const day = value.trim().slice(0, 10);
  // `2025-11-03` or `2025-11-03T00:00:00Z`: the calendar day the partner wrote.
  return isIsoCalendarDate(day) && (value.trim().length === 10 || value.trim()[10] === 'T') ? day : null;
}

/** The amount in the reader's own notation ("12,500.00", "12.500,00"), when that reads back exactly. */
function amountText(amount: number, locale: string): string {
  const plain = Number.isInteger(amount * 100) ? amount.toFixed(2) : String(amount);
  try {
    const formatted = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      amount,
    );
    return parseAmountInput(formatted, locale) === amount ? formatted : plain;
  } catch {
    return plain;
  }
}

function debtorTypeOf(value: unknown): DebtorType | null {
  if (typeof value !== 'string') return null;
  const type = value.trim().toLowerCase();
  if (type === 'company') return 'Company';
  if (type === 'private' || type === 'person') return 'Private';
  return null;
}

/**
 * The form filled from a draft over `base` (the form as it would otherwise open). Unknown input of any shape
 * gives issues and unused parts, never an exception.
 */
export function fillFromDraft(draft: unknown, base: NewCaseFormValues, locale: string): DraftFill {
  const values: NewCaseFormValues = { ...base };
  const supplied: NewCaseFieldKey[] = [];
  const issues: DraftIssue[] = [];
  const unused: string[] = [];
  if (draft === null || draft === undefined) return { values, supplied, issues, unused };
  if (!isRecord(draft)) return { values, supplied, issues, unused: ['draft'] };

  const set = (field: NewCaseFieldKey, value: string) => {
    // debtorType only ever receives a DebtorType (see debtorTypeOf); every other field is text.
    (values as Record<NewCaseFieldKey, string>)[field] = value;
    supplied.push(field);
  };
  const issue = (field: NewCaseFieldKey, kind: DraftIssueKind, value: unknown) => {
    issues.push({ field, kind, value: quoted(value) });
  };
  const text = (field: NewCaseFieldKey, value: unknown) => {
    if (value === undefined || value === null) return;
    const written = asText(value);
    if (written === null) issue(field, 'value', value);
    else set(field, written);
  };
  const date = (field: 'date' | 'dueDate', value: unknown) => {
    if (value === undefined || value === null) return;
    const day = asIsoDate(value);
    if (day === null) issue(field, 'date', value instanceof Date ? 'Invalid Date' : value);
    else set(field, formatDateInput(day, locale));
  };

  for (const key of Object.keys(draft)) if (!draftKeys.includes(key)) unused.push(key);

  const debtor = draft.debtor;
  if (debtor !== undefined && debtor !== null && !isRecord(debtor)) unused.push('debtor');
  if (isRecord(debtor)) {
    for (const key of Object.keys(debtor)) if (!debtorKeys.includes(key)) unused.push(`debtor.${key}`);
    if (debtor.type !== undefined && debtor.type !== null) {
      const type = debtorTypeOf(debtor.type);
      if (type) set('debtorType', type);
      else issue('debtorType', 'debtorType', debtor.type);
    }
    for (const [key, field] of Object.entries(textFields)) text(field, debtor[key]);
    const country = debtor.countryAlpha2 ?? debtor.country;
    if (country !== undefined && country !== null) {
      const written = asText(country);
      const code = written === null ? null : resolveCountryCode(written, locale);
      if (written === null) issue('country', 'value', country);
      // A known country shows under its name in the reader's language; anything else as given, flagged.
      else set('country', code ? countryName(code, locale) : written);
    }
    if (debtor.stateAlpha2 !== undefined && debtor.stateAlpha2 !== null) {
      const state = asText(debtor.stateAlpha2)?.trim().toUpperCase().replace(/^US-/, '');
      if (state && isUsStateCode(state)) set('stateAlpha2', state);
      else issue('stateAlpha2', 'state', debtor.stateAlpha2);
    }
  }

  const amount = draft.amountToRecover;
  if (typeof amount === 'number' && Number.isFinite(amount)) set('amountToRecover', amountText(amount, locale));
  else text('amountToRecover', amount);

  if (draft.currencyCode !== undefined && draft.currencyCode !== null) {
    const code = asText(draft.currencyCode)?.trim().toUpperCase();
    if (code && isOfferedCurrency(code)) set('currencyCode', code);
    else issue('currencyCode', 'currency', draft.currencyCode);
  }
  date('date', draft.date);
  date('dueDate', draft.dueDate);
  text('creditorReference', draft.creditorReference);
  text('claimDescription', draft.claimDescription);
  text('comments', draft.comments);
  return { values, supplied, issues, unused };
}
