// The title and sentence staff see for a failure. The proxy's own refusals (the partner's authorisation, a
// mutation the partner has not enabled) get texts of their own; everything else reads as in the widget.
import type { DebituraApiError } from '../widget/api/api-error.js';
import { apiErrorText, type ErrorText } from '../widget/errors/error-text.js';
import type { ConsoleContext } from './console-context.js';

export function consoleErrorText(context: ConsoleContext, error: DebituraApiError): ErrorText {
  if (error.status === 403 && error.code === 'forbidden') return context.text.errors.forbidden;
  if (error.status === 403 && error.code === 'operation_disabled') return context.text.errors.disabled;
  return apiErrorText(context.messages, error);
}
