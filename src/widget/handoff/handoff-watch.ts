// While the user is at a Debitura page opened in a new tab (signing, KYC), the widget that opened it looks again
// at what it waits for: when the page comes back into view or focus, and slowly on its own while in view, so a
// finished signature is noticed without a reload. It stops when told the steps are done and when the element
// leaves the page, so no timer or listener outlives the view.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { browserResumeEnvironment, ResumeWatch, type ResumeEnvironment } from '../views/activation/resume-watch.js';

/** How often to look while the page is in view and the user has not come back yet. */
export const handoffPollMs = 12_000;

export interface HandoffWatchOptions {
  /** Asks Debitura again; the caller calls `stop()` once nothing is left to wait for. */
  check: () => void;
  environment?: ResumeEnvironment;
  pollMs?: number;
}

export class HandoffWatchController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #watch: ResumeWatch;

  constructor(host: ReactiveControllerHost, options: HandoffWatchOptions) {
    this.#host = host;
    this.#watch = new ResumeWatch(
      options.check,
      options.environment ?? browserResumeEnvironment,
      options.pollMs ?? handoffPollMs,
    );
    host.addController(this);
  }

  get watching(): boolean {
    return this.#watch.watching;
  }

  start(): void {
    if (this.#watch.watching) return;
    this.#watch.start();
    this.#host.requestUpdate();
  }

  stop(): void {
    if (!this.#watch.watching) return;
    this.#watch.stop();
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#watch.stop();
  }
}
