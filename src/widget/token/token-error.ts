// Why a token could not be had. The reason decides what the widget shows: a sign-in prompt, a "not linked"
// notice, or a retry button. A `fetchToken` function may throw one of these to pick the message itself.

export type TokenErrorReason =
  /** The partner's session is gone (token endpoint answered 401): the user must sign in again. */
  | 'signed_out'
  /** The signed-in tenant has no active Debitura link (403 `{error: 'tenant_not_linked'}`). */
  | 'not_linked'
  /** The endpoint refused for another reason (403). */
  | 'forbidden'
  /** No answer, a 5xx, or an answer without a token: worth retrying. */
  | 'unavailable'
  /** Neither `token-endpoint` nor `fetchToken` is set. */
  | 'not_configured';

export class TokenError extends Error {
  override readonly name = 'TokenError';
  readonly reason: TokenErrorReason;

  constructor(reason: TokenErrorReason, message?: string) {
    super(message ?? reason);
    this.reason = reason;
  }

  /** Only an unavailable endpoint can start working again without the user doing something elsewhere. */
  get retryable(): boolean {
    return this.reason === 'unavailable';
  }
}
