// The error taxonomy every Customer API call resolves to. `recoverable` tells the UI whether retrying (now or
// after the user fixes something) can succeed, so a failure never strands the user on a blank state. It is
// decided here alone, from the type and the status, and toApiError() is the one way anything thrown becomes one.
import type { BusinessErrorApiDTO } from '../../wire/errors.js';
import { CodeLoadError } from '../code-load-error.js';
import { TokenError } from '../token/token-error.js';

export type ApiErrorType =
  /** The token is missing, expired twice, or refused: the partner user must sign in again. */
  | 'authentication_error'
  /** The request was rejected field by field (400); `fieldErrors` maps API field paths to messages. */
  | 'validation_error'
  /** A business rule refused the request (422); `businessErrors` and `signingUrl` say what to do. */
  | 'business_error'
  /** Too many requests (429); retry after `retryAfterSeconds`. */
  | 'rate_limit_error'
  /** The network failed or timed out before an answer arrived. */
  | 'api_connection_error'
  /** A 5xx answer, or an answer that does not match the documented shape. */
  | 'api_error';

export interface ApiErrorInit {
  type: ApiErrorType;
  message: string;
  status?: number;
  fieldErrors?: Record<string, string[]>;
  businessErrors?: BusinessErrorApiDTO[];
  signingUrl?: string | null;
  retryAfterSeconds?: number;
  code?: string;
}

/**
 * Whether asking again can succeed: after the user fixes fields or signs, after a wait, or on a new connection.
 * A refused token needs a new sign-in elsewhere; a 4xx other than those, or an answer of the wrong shape, will
 * not change by asking again; a 5xx may.
 */
export function isRecoverable(type: ApiErrorType, status: number | undefined): boolean {
  if (type === 'authentication_error') return false;
  if (type === 'api_error') return status !== undefined && status >= 500;
  return true;
}

export class DebituraApiError extends Error {
  override readonly name = 'DebituraApiError';
  readonly type: ApiErrorType;
  readonly recoverable: boolean;
  readonly status: number | undefined;
  readonly fieldErrors: Record<string, string[]>;
  readonly businessErrors: BusinessErrorApiDTO[];
  readonly signingUrl: string | null;
  readonly retryAfterSeconds: number | undefined;
  /** The answer's error identifier (`error` of Debitura's ApiErrorResponseDto, or a proxy's, e.g. `operation_disabled`). */
  readonly code: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.type = init.type;
    this.status = init.status;
    this.recoverable = isRecoverable(init.type, init.status);
    this.fieldErrors = init.fieldErrors ?? {};
    this.businessErrors = init.businessErrors ?? [];
    this.signingUrl = init.signingUrl ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.code = init.code;
  }
}

/**
 * Anything a request may throw, as a DebituraApiError. A token that cannot be had right now (the token endpoint
 * is briefly unreachable) is a connection problem, not a reason to sign in again; any other token failure is.
 * So is code of the widget's own that did not arrive (`view_load_failed`), whether a call or its token needed it.
 * Anything else is an error of the widget itself, which asking again will not mend.
 */
export function toApiError(error: unknown): DebituraApiError {
  if (error instanceof DebituraApiError) return error;
  const codeLoad = codeLoadErrorOf(error);
  if (codeLoad) {
    return new DebituraApiError({ type: 'api_connection_error', message: codeLoad.message, code: 'view_load_failed' });
  }
  if (error instanceof TokenError) {
    return new DebituraApiError({
      type: error.retryable ? 'api_connection_error' : 'authentication_error',
      message: error.message,
    });
  }
  return new DebituraApiError({ type: 'api_error', message: error instanceof Error ? error.message : String(error) });
}

/** The widget's own code that did not load, thrown as it is or behind the token it was needed to check. */
export function codeLoadErrorOf(error: unknown): CodeLoadError | null {
  if (error instanceof CodeLoadError) return error;
  if (error instanceof TokenError && error.cause instanceof CodeLoadError) return error.cause;
  return null;
}
