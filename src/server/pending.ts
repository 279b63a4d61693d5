// Callbacks the partner passes (and stores) may answer with a value or a promise of it. Awaiting only a promise
// keeps the common in-memory answers free of event-loop turns.

/** Whether a callback answered with a promise (or another thenable), the one case with something to wait for. */
export function isPending<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as Partial<PromiseLike<T>> | null | undefined)?.then === 'function';
}
