// The errors a filled-in form shows at once: problems with the values the partner handed over, each at its field.
// Fields the draft did not fill stay quiet until the user gets to them, as in an empty form.
import { interpolate } from '../../../i18n/interpolate.js';
import type { DraftFill, DraftIssue } from './case-draft.js';
import type { FieldErrors, NewCaseFormValues } from './new-case-form-values.js';
import { validateNewCaseForm, type ValidationContext } from './new-case-validation.js';

export function draftIssueMessage(issue: DraftIssue, messages: ValidationContext['messages']): string {
  return interpolate(messages.draft[issue.kind], { value: issue.value });
}

export function draftFieldErrors(
  fill: Pick<DraftFill, 'supplied' | 'issues'>,
  values: NewCaseFormValues,
  context: ValidationContext,
): FieldErrors {
  const all = validateNewCaseForm(values, context);
  const errors: FieldErrors = {};
  for (const field of fill.supplied) {
    const message = all[field];
    if (message !== undefined) errors[field] = message;
  }
  for (const issue of fill.issues) errors[issue.field] = draftIssueMessage(issue, context.messages);
  return errors;
}
