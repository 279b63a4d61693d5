// While the user is away at Debitura's hosted onboarding or approval page, the activation screen looks again
// whenever the user comes back (window focus, the tab becoming visible) and, slowly, on its own while the page
// is in view. The clock and the page signals are injected, so the rules are tested without a browser.

export interface ResumeEnvironment {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Calls `callback` when the user returns to the page; returns the unsubscribe function. */
  onReturn(callback: () => void): () => void;
  isVisible(): boolean;
}

export const browserResumeEnvironment: ResumeEnvironment = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  onReturn(callback) {
    if (typeof window === 'undefined') return () => {};
    const onVisibility = () => {
      if (document.visibilityState === 'visible') callback();
    };
    window.addEventListener('focus', callback);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('focus', callback);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  },
  isVisible: () => typeof document === 'undefined' || document.visibilityState === 'visible',
};

/** How often to look while the page is in view and nothing else prompted a look. */
export const resumePollMs = 15_000;

export class ResumeWatch {
  readonly #env: ResumeEnvironment;
  readonly #check: () => void;
  readonly #pollMs: number;
  #timer: unknown = null;
  #stopReturn: (() => void) | null = null;

  constructor(check: () => void, env: ResumeEnvironment = browserResumeEnvironment, pollMs = resumePollMs) {
    this.#check = check;
    this.#env = env;
    this.#pollMs = pollMs;
  }

  get watching(): boolean {
    return this.#stopReturn !== null;
  }

  start(): void {
    if (this.#stopReturn) return;
    this.#stopReturn = this.#env.onReturn(() => this.#look());
    this.#schedule();
  }

  stop(): void {
    this.#stopReturn?.();
    this.#stopReturn = null;
    if (this.#timer !== null) this.#env.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #look(): void {
    this.#schedule(); // a look now makes the next poll due a full interval later
    this.#check();
  }

  #schedule(): void {
    if (this.#timer !== null) this.#env.clearTimeout(this.#timer);
    this.#timer = this.#env.setTimeout(() => {
      this.#timer = null;
      if (this.#env.isVisible()) this.#look();
      else this.#schedule();
    }, this.#pollMs);
  }
}
