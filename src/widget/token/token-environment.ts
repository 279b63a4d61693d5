// The clock, timers and page-visibility signal the token lifecycle runs on. Injected so node tests can drive
// time by hand; the default uses the page's own.

export interface TokenEnvironment {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
  random(): number;
  /** Calls `callback` whenever the page becomes visible again; returns the unsubscribe function. */
  onPageVisible(callback: () => void): () => void;
}

export const browserTokenEnvironment: TokenEnvironment = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  random: () => Math.random(),
  onPageVisible(callback) {
    if (typeof document === 'undefined') return () => {};
    const listener = () => {
      if (document.visibilityState === 'visible') callback();
    };
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};
