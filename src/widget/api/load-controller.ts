// DESIGN: the one way the widget loads data. A reactive controller keyed on its inputs: a load starts when the
// inputs change (compared item by item), the load it replaces is aborted, and on reconnect it loads again (what
// was on screen stays meanwhile); whatever it throws becomes a DebituraApiError through toApiError(). The element
// reads `state` in render. Own rather than @lit/task: about half its bytes, and it aborts on disconnect, re-runs on reconnect
// and refreshes in the background (live updates keep what is on screen), which Task would need wrapping for.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toApiError, type DebituraApiError } from './api-error.js';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: DebituraApiError };

export interface LoadOptions<A extends readonly unknown[], T> {
  /** The inputs, read before each update of the host; `null` while there is nothing to load. */
  args: () => A | null;
  /** Fetches the value; `signal` aborts when the inputs change, a newer load starts or the host disconnects. */
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /** A load's value arrived. */
  onValue?: (value: T) => void;
  /** A load failed and the failure is now shown (a failed background refresh keeps the value and stays quiet). */
  onError?: (error: DebituraApiError) => void;
}

export class LoadController<A extends readonly unknown[], T> implements ReactiveController {
  state: LoadState<T> = { status: 'idle' };
  readonly #host: ReactiveControllerHost;
  readonly #options: LoadOptions<A, T>;
  /** The inputs of the latest load; null when none ran or the inputs went away. */
  #args: A | null = null;
  #running: AbortController | null = null;
  /** The next update loads even with unchanged inputs: first connect, reconnect, reload. */
  #stale = true;
  /** With `#stale`: keep the value on screen while loading (a reconnect), rather than show loading (a reload). */
  #quietly = false;

  constructor(host: ReactiveControllerHost, options: LoadOptions<A, T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.value : undefined;
  }

  hostConnected(): void {
    // What was shown before a disconnect may be out of date, and a load cut short by it has to run again.
    this.#stale = true;
    this.#quietly = true;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#abort();
  }

  hostUpdate(): void {
    const args = this.#options.args();
    if (!args) {
      this.#abort();
      this.#args = null;
      this.state = { status: 'idle' };
      return;
    }
    const changed = !this.#args || !sameArgs(args, this.#args);
    if (changed || this.#stale) this.#start(args, changed || !this.#quietly || this.state.status !== 'ready');
  }

  /** Loads again with the loading state shown, e.g. from a retry button. */
  reload(): void {
    this.#stale = true;
    this.#quietly = false;
    this.#host.requestUpdate();
  }

  /** Asks again in the background: the value on screen stays until the answer, and stays if asking fails. */
  refresh(): void {
    if (this.#args) this.#start(this.#args, this.state.status !== 'ready');
  }

  /** Puts a value on screen without asking, e.g. one the user just added. */
  set(value: T): void {
    this.state = { status: 'ready', value };
    this.#host.requestUpdate();
  }

  #start(args: A, showLoading: boolean): void {
    this.#abort();
    this.#stale = false;
    this.#args = args;
    const running = new AbortController();
    this.#running = running;
    if (showLoading) this.state = { status: 'loading' };
    this.#host.requestUpdate();
    new Promise<T>((resolve) => resolve(this.#options.load(args, running.signal))).then(
      (value) => {
        if (this.#running !== running) return;
        this.#running = null;
        this.set(value);
        this.#options.onValue?.(value);
      },
      (error: unknown) => {
        if (this.#running !== running) return;
        this.#running = null;
        if (!showLoading && this.state.status === 'ready') return;
        const apiError = toApiError(error);
        this.state = { status: 'error', error: apiError };
        this.#host.requestUpdate();
        this.#options.onError?.(apiError);
      },
    );
  }

  #abort(): void {
    this.#running?.abort();
    this.#running = null;
  }
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}
