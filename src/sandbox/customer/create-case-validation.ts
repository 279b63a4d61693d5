// Field validation of POST /cases (REFERENCE §3.1): the wire schema first (types, lengths, unknown
// fields), then Debitura's documented value rules. Everything here answers 400 with a field-keyed body;
// business rules (contracts, partners, blocking) come later and answer 422.
import { CreateCollectionCaseRequestApiViewModel, DebtorDto, type DebtorType } from '../../wire/index.js';
import { checkAgeBreakdown, type AgeBreakdown } from './age-buckets.js';
import { isAfterToday, parseRequestDate } from './calendar-dates.js';
import { schemaKeys, withCanonicalKeys } from './canonical-keys.js';
import { debtorTypeOf, resolveDebtorLocation } from './debtor-rules.js';
import { addSchemaIssues, FieldErrors } from './field-errors.js';
import { isoCurrencyCode } from './iso-currencies.js';

/** What the rules need to know beyond the body. */
export interface CreateCaseRules {
  now: Date;
  /** Whether an e-mail belongs to an active member of the creditor's team. */
  isTeamMember(email: string): boolean;
  /** Whether the creditor already has a case with this creditorReference. */
  isDuplicateReference(creditorReference: string): boolean;
}

/** A request that passed every field rule, with its values normalised. */
export interface ValidCreateCase {
  request: CreateCollectionCaseRequestApiViewModel;
  currencyCode: string;
  amountToRecover: number;
  date: Date;
  dueDate: Date | null;
  debtorType: DebtorType;
  countryAlpha2: string;
  stateAlpha2: string | null;
  ageBreakdown: AgeBreakdown | null;
}

export type CreateCaseValidation = { ok: true; value: ValidCreateCase } | { ok: false; errors: FieldErrors };

const requestKeys = schemaKeys(CreateCollectionCaseRequestApiViewModel);
const debtorKeys = schemaKeys(DebtorDto);

/**
 * Duplicate creditorReference: Debitura documents it as a validation error (`DuplicateReference`), so
 * the sandbox answers 400 keyed `creditorReference`, not the 422 `DuplicateCreditorReference` that only
 * Debitura's MCP server anticipates.
 */
export function validateCreateCase(body: unknown, rules: CreateCaseRules): CreateCaseValidation {
  const errors = new FieldErrors();
  const input = withCanonicalKeys(body, requestKeys, { debtor: debtorKeys });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    errors.add('body', 'The request body must be a JSON object.');
    return { ok: false, errors };
  }
  const parsed = CreateCollectionCaseRequestApiViewModel.safeParse(input);
  if (!parsed.success) {
    addSchemaIssues(errors, parsed.error.issues, input);
    addDebtorPresence(errors, (input as Record<string, unknown>).debtor);
    return { ok: false, errors };
  }
  const request = parsed.data;

  const currencyCode = request.currencyCode ? isoCurrencyCode(request.currencyCode) : undefined;
  if (!request.currencyCode) errors.add('currencyCode', 'The currencyCode field is required.');
  else if (!currencyCode) errors.add('currencyCode', `Invalid currency code: ${request.currencyCode}`);

  const amountToRecover = request.amountToRecover ?? 0;
  if (!(amountToRecover > 0)) errors.add('amountToRecover', 'Case total must be a positive amount');

  const date = request.date ? parseRequestDate(request.date) : undefined;
  if (!request.date) errors.add('date', 'The case date is required.');
  else if (!date) errors.add('date', `${request.date} is not a valid date.`);
  else if (isAfterToday(date, rules.now)) errors.add('date', 'Case date cannot be in the future');

  const dueDate = request.dueDate ? (parseRequestDate(request.dueDate) ?? null) : null;
  if (request.dueDate && !dueDate) errors.add('dueDate', `${request.dueDate} is not a valid date.`);
  if (dueDate && isAfterToday(dueDate, rules.now)) errors.add('dueDate', 'Due date cannot be in the future');
  if (dueDate && date && dueDate.getTime() < date.getTime()) {
    errors.add('dueDate', 'Due date cannot be earlier than the case date');
  }

  if (request.creditorReference && rules.isDuplicateReference(request.creditorReference)) {
    errors.add(
      'creditorReference',
      `Duplicate creditor reference: a case with creditorReference '${request.creditorReference}' already exists (DuplicateReference).`,
    );
  }
  if (request.assignedUserEmail && !rules.isTeamMember(request.assignedUserEmail)) {
    errors.add('assignedUserEmail', `No active team member has the e-mail ${request.assignedUserEmail}.`);
  }

  const debtor = request.debtor;
  let debtorType: DebtorType | undefined;
  let location: ReturnType<typeof resolveDebtorLocation>;
  if (!debtor) {
    errors.add('debtor', 'Debtor information is required');
  } else {
    debtorType = debtorTypeOf(debtor.type);
    if (!debtorType) errors.add('debtor.type', 'Invalid debtor type: use "Company" or "Private".');
    if (!debtor.name.trim()) errors.add('debtor.name', 'The debtor name is required.');
    if (!debtor.address?.trim()) errors.add('debtor.address', 'The debtor address is required.');
    if (!debtor.city?.trim()) errors.add('debtor.city', 'The debtor city is required.');
    if (debtor.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(debtor.email)) {
      errors.add('debtor.email', 'Invalid email format');
    }
    location = resolveDebtorLocation(debtor, errors);
  }

  const ageBreakdown = checkAgeBreakdown({ ...request, amountToRecover }, errors);

  if (!errors.empty || !currencyCode || !date || !debtorType || !location || ageBreakdown === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      request,
      currencyCode,
      amountToRecover,
      date,
      dueDate,
      debtorType,
      countryAlpha2: location.countryAlpha2,
      stateAlpha2: location.stateAlpha2,
      ageBreakdown,
    },
  };
}

/** The schema cannot say "debtor is required" (the spec marks it optional), but Debitura does. */
function addDebtorPresence(errors: FieldErrors, debtor: unknown): void {
  if (debtor === undefined || debtor === null) errors.add('debtor', 'Debtor information is required');
}
