// Holds the new-case flow value (new-case-flow.ts) for its view, and the two things a pure value cannot: the
// request in flight, aborted when the view goes away or a newer one starts, and the one-second countdown of a
// rate-limit wait, which repeats the last request when it runs out.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  abandoned,
  countdownTick,
  sent,
  startingFlow,
  type NewCaseAction,
  type NewCaseFlow,
} from './rules/new-case-flow.js';

export type SendOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown } | { ok: false; abandoned: true };

export interface NewCaseFlowOptions {
  /** A rate-limit wait ran out: send `action` again. */
  onCountdownEnd: (action: NewCaseAction) => void;
}

export class NewCaseFlowController implements ReactiveController {
  flow: NewCaseFlow = startingFlow;
  readonly #host: ReactiveControllerHost;
  readonly #options: NewCaseFlowOptions;
  #request: AbortController | null = null;
  #countdown: ReturnType<typeof setInterval> | null = null;

  constructor(host: ReactiveControllerHost, options: NewCaseFlowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Moves the flow on; the host renders only when the value changed. */
  apply(transition: (flow: NewCaseFlow) => NewCaseFlow): void {
    const next = transition(this.flow);
    if (next === this.flow) return;
    this.flow = next;
    this.#keepCountdown();
    this.#host.requestUpdate();
  }

  /**
   * Sends one request with the flow busy. The caller applies the outcome: a value, a failure to explain, or
   * nothing at all when the request was abandoned (the view went away, or another request replaced it).
   */
  async send<T>(action: NewCaseAction, request: (signal: AbortSignal) => Promise<T>): Promise<SendOutcome<T>> {
    this.#request?.abort();
    const controller = new AbortController();
    this.#request = controller;
    this.apply((flow) => sent(flow, action));
    try {
      return { ok: true, value: await request(controller.signal) };
    } catch (error) {
      return controller.signal.aborted ? { ok: false, abandoned: true } : { ok: false, error };
    } finally {
      if (this.#request === controller) this.#request = null;
    }
  }

  /** Drops the request in flight, e.g. when the partner's draft refills the form. */
  abandon(): void {
    this.#request?.abort();
    this.#request = null;
    this.apply(abandoned);
  }

  hostDisconnected(): void {
    // What was typed stays; the user sends again when the view is back.
    this.abandon();
  }

  #keepCountdown(): void {
    const waiting = this.flow.step !== 'success' && this.flow.secondsUntilRetry !== null;
    if (waiting && this.#countdown === null) {
      this.#countdown = setInterval(() => this.#tick(), 1000);
    } else if (!waiting && this.#countdown !== null) {
      clearInterval(this.#countdown);
      this.#countdown = null;
    }
  }

  #tick(): void {
    const before = this.flow;
    this.apply(countdownTick);
    const after = this.flow;
    const ranOut = after !== before && after.step !== 'success' && after.secondsUntilRetry === null;
    if (ranOut && after.lastAction) this.#options.onCountdownEnd(after.lastAction);
  }
}
