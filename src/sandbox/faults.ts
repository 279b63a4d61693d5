// Fault injection, off by default: random 500s, 503s, slow answers, and writes whose answer is lost
// after they were committed (`dropAfterCommit`), so clients can prove that their retries are idempotent.
import type { Context, MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { seededRandom } from './seed-random.js';

export const faultKinds = ['error500', 'error503', 'delay', 'dropAfterCommit'] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface FaultConfig {
  /** Share of requests that meet a fault, 0..1. */
  rate: number;
  /** Which faults to draw from; all of them when absent. */
  kinds?: FaultKind[];
  /** Delay of the `delay` fault in milliseconds (default 1500). */
  delayMs?: number;
  /** Draws faults from this seed, the same sequence every time the config is set; random when absent. */
  seed?: number;
}

/** Body of POST /sandbox/faults. */
export const FaultConfigRequest = z.strictObject({
  rate: z.number().check(z.gte(0), z.lte(1)),
  kinds: z.optional(z.array(z.enum(faultKinds)).check(z.minLength(1))),
  delayMs: z.optional(z.int().check(z.gte(0), z.lte(60_000))),
  seed: z.optional(z.int().check(z.gte(0), z.lte(0xffff_ffff))),
});

export const DEFAULT_FAULT_DELAY_MS = 1500;

/** Thrown after a committed write so the caller sees a broken connection instead of an answer. */
export class DroppedResponseError extends Error {
  constructor() {
    super('Sandbox fault: the connection dropped after the request was committed');
    this.name = 'DroppedResponseError';
  }
}

/** The live fault settings; a config with a `seed` makes the draws repeatable. */
export class FaultInjector {
  #config: FaultConfig = { rate: 0 };
  #random: () => number = Math.random;

  constructor(config: FaultConfig = { rate: 0 }) {
    this.config = config;
  }

  get config(): FaultConfig {
    return this.#config;
  }

  set config(config: FaultConfig) {
    this.#config = config;
    this.#random = config.seed === undefined ? Math.random : seededRandom(config.seed).next;
  }

  /** The fault this request meets, if any. */
  draw(): FaultKind | undefined {
    const { rate, kinds } = this.config;
    if (rate <= 0 || this.#random() >= rate) return undefined;
    const pool = kinds && kinds.length > 0 ? kinds : faultKinds;
    return pool[Math.floor(this.#random() * pool.length)] ?? pool[0];
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Closes the TCP socket when served by @hono/node-server, so a real client sees a reset, not a 500. */
function destroyNodeSocket(c: Context): void {
  const env = c.env as { incoming?: { socket?: { destroy(): void } } } | undefined;
  env?.incoming?.socket?.destroy();
}

export function injectFaults(faults: FaultInjector): MiddlewareHandler {
  return async (c, next) => {
    const fault = faults.draw();
    if (fault === 'error500') {
      return c.json(
        { error: 'Internal Server Error', message: 'Sandbox fault: injected 500.', businessErrors: null },
        500,
      );
    }
    if (fault === 'error503') {
      return c.json(
        { error: 'Service Unavailable', message: 'Sandbox fault: injected 503.', businessErrors: null },
        503,
      );
    }
    if (fault === 'delay') await sleep(faults.config.delayMs ?? DEFAULT_FAULT_DELAY_MS);
    await next();
    if (fault === 'dropAfterCommit') {
      destroyNodeSocket(c);
      throw new DroppedResponseError();
    }
  };
}
