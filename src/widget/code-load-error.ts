// Code the widget loads on demand did not arrive: the network failed, or the file did not match the integrity the
// script tag pinned. Not the user's session nor Debitura's answer, so the widget says "This part of the page could
// not load" with Try again, and reports `view_load_failed`, whichever code it was.

const codeLoadErrorBrand = Symbol.for('debitura-collect.CodeLoadError');

export class CodeLoadError extends Error {
  /** `instanceof` holds across copies of this class (the script tag's loader and the widget carry one each). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && codeLoadErrorBrand in value;
  }

  /** @internal What the check above looks for. */
  readonly [codeLoadErrorBrand] = true;
  override readonly name = 'CodeLoadError';

  constructor(what: string, cause: unknown) {
    super(`${what} could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
