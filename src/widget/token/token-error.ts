// Why a token could not be had. The reason decides what the widget shows: a sign-in prompt, a "not linked"
// notice, or a retry button. A `fetchToken` function may throw one of these to pick the message itself.
import type { ActivationAnswer } from '../../wire/activation.js';

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

const tokenErrorBrand = Symbol.for('debitura-collect.TokenError');

export class TokenError extends Error {
  /**
   * `instanceof` holds for a TokenError from another copy of this class too: the script tag's loader hands pages
   * its own before the widget's code arrives, and a page may carry two bundles of the package.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && tokenErrorBrand in value;
  }

  /** @internal What the check above looks for. */
  readonly [tokenErrorBrand] = true;
  override readonly name = 'TokenError';
  readonly reason: TokenErrorReason;
  /**
   * For `not_linked` from a token endpoint that offers activation: where the tenant stands (its 403's
   * `activation`), or null when it could not say. Undefined when the endpoint offers no activation.
   */
  readonly activation: ActivationAnswer | null | undefined;

  constructor(
    reason: TokenErrorReason,
    message?: string,
    options: { activation?: ActivationAnswer | null; cause?: unknown } = {},
  ) {
    super(message ?? reason, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.activation = options.activation;
  }

  /** Only an unavailable endpoint can start working again without the user doing something elsewhere. */
  get retryable(): boolean {
    return this.reason === 'unavailable';
  }
}
