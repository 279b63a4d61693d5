// Keeps data on screen fresh by asking Debitura again from time to time. It polls only while the element is
// connected and the page is visible, backs off while nothing changes, and leaves no timer or listener behind.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultPollSchedule, nextPollDelay, type PollSchedule } from './poll-schedule.js';

export interface LivePollOptions<T> {
  /** Fetches the current value; aborted when the host disconnects or polling stops. */
  fetch: (signal: AbortSignal) => Promise<T>;
  /** Whether `next` differs from `previous` in a way that matters. */
  hasChanged: (previous: T, next: T) => boolean;
  /** Called with every value that differs from the last one. */
  onChange: (next: T, previous: T) => void;
  /** The schedule in use; read before each wait so it can be changed while running. */
  schedule?: () => PollSchedule;
}

export class LivePollController<T> implements ReactiveController {
  readonly #options: LivePollOptions<T>;
  #baseline: { value: T } | null = null;
  #connected = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #delay: number | null = null;
  #inFlight: AbortController | null = null;

  constructor(host: ReactiveControllerHost, options: LivePollOptions<T>) {
    this.#options = options;
    host.addController(this);
  }

  /** Starts (or restarts) watching from `value`, the data now on screen. */
  watch(value: T): void {
    this.#baseline = { value };
    this.#delay = null;
    this.#scheduleNext(true);
  }

  /** Stops watching, e.g. when the view shows another case. */
  stop(): void {
    this.#baseline = null;
    this.#clear();
  }

  /** Asks now instead of waiting, e.g. after the user did something that may change the data. */
  async pollNow(): Promise<void> {
    if (!this.#baseline || !this.#connected) return;
    this.#clear();
    const request = new AbortController();
    this.#inFlight = request;
    let changed = false;
    try {
      const next = await this.#options.fetch(request.signal);
      const baseline = this.#baseline;
      if (request.signal.aborted || !baseline) return;
      changed = this.#options.hasChanged(baseline.value, next);
      if (changed) {
        this.#baseline = { value: next };
        this.#options.onChange(next, baseline.value);
      }
    } catch {
      // A failed poll is not shown: the data on screen stays, and the next try comes after a longer wait.
      if (request.signal.aborted) return;
    } finally {
      if (this.#inFlight === request) this.#inFlight = null;
    }
    this.#scheduleNext(changed);
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    if (this.#baseline) this.#scheduleNext(false);
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#clear();
  }

  #onVisibilityChange = (): void => {
    if (document.hidden) this.#clear();
    // Coming back to the tab is when a user expects the latest state.
    else void this.pollNow();
  };

  #scheduleNext(changed: boolean): void {
    this.#clearTimer();
    if (!this.#baseline || !this.#connected || document.hidden) return;
    const schedule = this.#options.schedule?.() ?? defaultPollSchedule;
    this.#delay = nextPollDelay(this.#delay, changed, schedule);
    this.#timer = setTimeout(() => void this.pollNow(), this.#delay);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #clear(): void {
    this.#clearTimer();
    this.#inFlight?.abort();
    this.#inFlight = null;
  }
}
