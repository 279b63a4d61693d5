// The error taxonomy every Customer API call resolves to. `recoverable` tells the UI whether retrying (now or
// after the user fixes something) can succeed, so a failure never strands the user on a blank state.
import type { BusinessErrorApiDTO } from '../../wire/errors.js';

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
  recoverable: boolean;
  status?: number;
  fieldErrors?: Record<string, string[]>;
  businessErrors?: BusinessErrorApiDTO[];
  signingUrl?: string | null;
  retryAfterSeconds?: number;
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

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.type = init.type;
    this.recoverable = init.recoverable;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors ?? {};
    this.businessErrors = init.businessErrors ?? [];
    this.signingUrl = init.signingUrl ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}
