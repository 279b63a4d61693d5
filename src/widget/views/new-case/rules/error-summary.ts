// The list above the form after a price check found mistakes: one entry per field still wrong, in form order,
// each naming its field so a reader who starts at the top knows where to go.
import type { NewCaseMessages } from '../../../i18n/en/new-case.js';
import { interpolate } from '../../../i18n/interpolate.js';
import { fieldLabel } from './new-case-fields.js';
import {
  newCaseFieldOrder,
  type FieldErrors,
  type NewCaseFieldKey,
  type NewCaseFormValues,
} from './new-case-form-values.js';

export interface ErrorSummaryEntry {
  key: NewCaseFieldKey;
  /** The field's label, or null when the message already says it ("Amount is required."). */
  label: string | null;
  message: string;
}

export function errorSummaryEntries(
  errors: FieldErrors,
  values: NewCaseFormValues,
  messages: NewCaseMessages,
): ErrorSummaryEntry[] {
  return newCaseFieldOrder.flatMap((key) => {
    const message = errors[key];
    if (message === undefined) return [];
    const label = fieldLabel(key, values, messages);
    const namesField = message === interpolate(messages.validation.required, { field: label });
    return [{ key, label: namesField ? null : label, message }];
  });
}
