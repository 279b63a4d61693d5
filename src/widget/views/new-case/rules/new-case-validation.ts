// Checks the new-case form the way Debitura will, before anything is sent, with messages the user can act on.
// Each field has a list of rules over the text typed, the first one broken giving its message; rules that compare
// fields (due date after invoice date, the age split) run once the fields they compare are valid on their own.
// Plain functions rather than schemas: the form is the first thing a page draws, and a validation library would
// add about 8 kB gzip to what it downloads first (the API's schemas load after it, with the API client).
import type { NewCaseMessages } from '../../../i18n/en/new-case.js';
import { interpolate } from '../../../i18n/interpolate.js';
import { ageSplitProblems, type AgeBucket, type AgeSplitProblem } from './age-split-rules.js';
import { parseAmountInput } from './amount-input.js';
import { resolveCountryCode } from '../../../format/countries.js';
import { isOfferedCurrency } from './currencies.js';
import { dateInputExample, parseDateInput } from './date-input.js';
import { fieldLabel, fieldMaxLengths, isFieldRequired, isFieldShown, type AgeBucketField } from './new-case-fields.js';
import {
  newCaseFieldOrder,
  type FieldErrors,
  type NewCaseFieldKey,
  type NewCaseFormValues,
} from './new-case-form-values.js';
import { emailPattern } from './email-pattern.js';
import { isUsStateCode } from './us-states.js';
import { isDivisionChoice, isTeamMemberChoice, noFilingChoices, type FilingChoices } from './filing-choices.js';
import { debtorTypes } from '../../../../wire/case-vocabulary.js';

export interface ValidationContext {
  messages: NewCaseMessages;
  /** The reader's locale: amounts and country names are read in it. */
  locale: string;
  /** Today, `yyyy-mm-dd`, in the user's calendar. */
  today: string;
  /** The creditor's divisions and team, once known (the division and owner fields depend on them). */
  choices?: FilingChoices;
}

/** Every problem in the form, one message per field, for the fields currently shown. */
export function validateNewCaseForm(values: NewCaseFormValues, context: ValidationContext): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of newCaseFieldOrder) {
    if (!isFieldShown(key, values, context.locale, context.choices)) continue;
    const problem = fieldProblem(key, values, context);
    if (problem !== undefined) errors[key] = problem;
  }
  const [date, dueDate] = [parseDateInput(values.date, context.locale), parseDateInput(values.dueDate, context.locale)];
  if (!errors.date && !errors.dueDate && date && dueDate && dueDate < date) {
    errors.dueDate = context.messages.validation.dueBeforeInvoice;
  }
  if (values.showAgeSplit) Object.assign(errors, ageSplitErrors(values, errors, context));
  return errors;
}

/**
 * Updates the errors on display after the user leaves (or edits) one field: that field gets its current
 * verdict, and fields already showing an error are re-checked, so fixing one rule clears the message it caused
 * elsewhere. Fields the user has not reached yet stay quiet. In the field being typed in (`typingIn`) a message
 * goes as soon as the value is right but never changes to another while the user types ("Denm" is not yet a
 * country); the new verdict waits until they leave the field.
 */
export function revalidateShownErrors(
  values: NewCaseFormValues,
  shown: FieldErrors,
  field: NewCaseFieldKey | null,
  context: ValidationContext,
  typingIn: NewCaseFieldKey | null = null,
): FieldErrors {
  const all = validateNewCaseForm(values, context);
  const next: FieldErrors = {};
  for (const key of newCaseFieldOrder) {
    if (key === field || shown[key] !== undefined) {
      const message = all[key];
      if (message !== undefined) next[key] = key === typingIn ? (shown[key] ?? message) : message;
    }
  }
  return next;
}

/** A test of the text typed in a field, and what to tell the user when it fails. */
type FieldRule = [test: (text: string) => boolean, message: string];

/** The message of the first rule the field's text breaks, or undefined when it keeps them all. */
function fieldProblem(key: NewCaseFieldKey, values: NewCaseFormValues, context: ValidationContext): string | undefined {
  const text = values[key];
  return fieldRules(key, values, context).find(([test]) => !test(text))?.[1];
}

function fieldRules(key: NewCaseFieldKey, values: NewCaseFormValues, context: ValidationContext): FieldRule[] {
  const { messages, locale, today } = context;
  const choices = context.choices ?? noFilingChoices;
  const v = messages.validation;
  const checks: FieldRule[] = [];
  const rule = (test: (text: string) => boolean, message: string) => checks.push([test, message]);

  if (isFieldRequired(key, values, locale, choices)) {
    rule((text) => text.trim().length > 0, interpolate(v.required, { field: fieldLabel(key, values, messages) }));
  }
  const limit = fieldMaxLengths[key];
  if (limit !== undefined) rule((text) => text.length <= limit, interpolate(v.tooLong, { max: limit }));

  // The rules below judge what was typed; an empty optional field has nothing to judge.
  const filled = (test: (text: string) => boolean) => (text: string) => text.trim() === '' || test(text.trim());
  switch (key) {
    case 'debtorType':
      rule(
        (text) => (debtorTypes as readonly string[]).includes(text),
        interpolate(v.required, { field: fieldLabel(key, values, messages) }),
      );
      break;
    case 'email':
      rule(
        filled((text) => emailPattern.test(text)),
        v.email,
      );
      break;
    case 'phone':
      rule(
        filled((text) => phonePattern.test(text) && (text.match(/\d/g)?.length ?? 0) >= 5),
        v.phone,
      );
      break;
    case 'country':
      rule(
        filled((text) => resolveCountryCode(text, locale) !== null),
        v.country,
      );
      break;
    case 'stateAlpha2':
      rule(filled(isUsStateCode), v.state);
      break;
    case 'creditorDivisionId':
      rule(
        filled((text) => isDivisionChoice(text, choices)),
        v.division,
      );
      break;
    case 'assignedUserEmail':
      rule(
        filled((text) => isTeamMemberChoice(text, choices)),
        v.caseOwner,
      );
      break;
    case 'currencyCode':
      rule(filled(isOfferedCurrency), v.currency);
      break;
    case 'amountToRecover':
      rule(
        filled((text) => parseAmountInput(text, locale) !== null),
        v.amountFormat,
      );
      rule(
        filled((text) => (parseAmountInput(text, locale) ?? 0) > 0),
        v.amount,
      );
      break;
    case 'amountToRecoverOver6Months':
    case 'amountToRecoverOver12Months':
    case 'amountToRecoverOver24Months':
      rule(
        filled((text) => parseAmountInput(text, locale) !== null),
        v.amountFormat,
      );
      break;
    case 'date':
    case 'dueDate':
      rule(
        filled((text) => parseDateInput(text, locale) !== null),
        interpolate(v.date, { example: dateInputExample(today, locale) }),
      );
      rule(
        filled((text) => (parseDateInput(text, locale) ?? '') <= today),
        v.dateInFuture,
      );
      break;
    default:
      break;
  }
  return checks;
}

/** Digits with the usual separators and an optional leading +. */
const phonePattern = /^\+?[\d\s().\-/]+$/;

const bucketField: Record<AgeBucket, AgeBucketField> = {
  over6: 'amountToRecoverOver6Months',
  over12: 'amountToRecoverOver12Months',
  over24: 'amountToRecoverOver24Months',
};

function ageSplitErrors(values: NewCaseFormValues, errors: FieldErrors, context: ValidationContext): FieldErrors {
  const fields = Object.values(bucketField);
  if (errors.amountToRecover || fields.some((field) => errors[field])) return {};
  const total = parseAmountInput(values.amountToRecover, context.locale);
  if (total === null) return {};
  const read = (field: AgeBucketField) => parseAmountInput(values[field], context.locale);
  const problems = ageSplitProblems({
    total,
    over6: read('amountToRecoverOver6Months'),
    over12: read('amountToRecoverOver12Months'),
    over24: read('amountToRecoverOver24Months'),
  });
  const found: FieldErrors = {};
  for (const [bucket, problem] of Object.entries(problems) as [AgeBucket, AgeSplitProblem][]) {
    found[bucketField[bucket]] = ageSplitMessage(problem, context.messages);
  }
  return found;
}

function ageSplitMessage(problem: AgeSplitProblem, messages: NewCaseMessages): string {
  const v = messages.validation;
  switch (problem) {
    case 'over6NeedsOlder':
      return v.ageOver6NeedsOlder;
    case 'pairNeeded':
      return v.agePairNeeded;
    case 'over6BelowOver12':
      return v.ageOver6BelowOver12;
    case 'over12BelowOver24':
      return v.ageOver12BelowOver24;
    case 'aboveTotal':
      return v.ageAboveTotal;
  }
}
