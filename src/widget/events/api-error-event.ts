// The failure of a Customer API request as the partner page hears of it, built the same way by every view.
import type { DebituraApiError } from '../api/api-error.js';
import { DebituraErrorEvent } from './debitura-events.js';

export function apiErrorEvent(error: DebituraApiError): DebituraErrorEvent {
  return new DebituraErrorEvent({
    type: error.type,
    message: error.message,
    recoverable: error.recoverable,
    ...(error.code ? { code: error.code } : {}),
  });
}
