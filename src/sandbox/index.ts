// The Debitura sandbox: a local emulator of the Referral Partner API and the Customer API subset the
// widget uses. Point the widget at it instead of Debitura's test hosts; only the base URL changes.
import type { Hono } from 'hono';
import { createSandboxApp, type SandboxRuntime } from './app.js';
import type { SandboxContext } from './context.js';
import { RequestOrigins, STORED_ORIGIN } from './context-origin.js';
import { FaultInjector, type FaultConfig } from './faults.js';
import { resolveSandboxOptions, type SandboxOptions } from './options.js';
import { persistStore, readSnapshot, writeSnapshot } from './persistence.js';
import { RateLimiter } from './rate-limit.js';
import { buildSeed } from './seed.js';
import type { SandboxTenant } from './state.js';
import { SandboxStore } from './store.js';
import { disableForbiddenWebhooks } from './webhooks/index.js';

export { SANDBOX_PARTNER_API_KEY } from './auth.js';
export { creditorApiKeyOf } from './tenants.js';
export {
  describeActivation,
  readyClientEmailDomain,
  unlinkedTenants,
  type ActivationOutcome,
  type UnlinkedTenant,
} from './unlinked-tenants.js';
export { DroppedResponseError, faultKinds, type FaultConfig, type FaultKind } from './faults.js';
export { SandboxDataFileError } from './persistence.js';
export type { SandboxOptions, ResolvedSandboxOptions } from './options.js';
export type { SandboxTenant, StoredCase } from './state.js';

export interface Sandbox {
  /**
   * Serves one request: the Referral API under /referral, the Customer API under /customer. `env` is what
   * @hono/node-server passes (`{ incoming, outgoing }`); with it, the dropped-connection fault closes the socket.
   */
  fetch(request: Request, env?: unknown): Promise<Response>;
  /** The hono app, to mount inside another server. */
  app: Hono;
  /** Replaces the fault injection settings (rate 0 turns it off). */
  setFaults(config: FaultConfig): void;
  /** Restores the seeded state (and writes it to the data file, if any). */
  reset(): void;
  /** The current tenants, for listings such as the CLI's. */
  tenants(): SandboxTenant[];
}

/**
 * A sandbox with the seeded state, or the state of `options.dataFile`. Throws SandboxDataFileError when that
 * file exists but is not a sandbox state file (it is never overwritten).
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const resolved = resolveSandboxOptions(options);
  const store = new SandboxStore();
  const origins = new RequestOrigins(resolved.publicUrl, resolved.trustProxy);
  const ctx: SandboxContext = {
    store,
    options: resolved,
    now: () => resolved.now(),
    // Stored URLs name STORED_ORIGIN; each answer puts the caller's origin in its place.
    hostedUrl: (path) => `${STORED_ORIGIN}/hosted${path.startsWith('/') ? path : `/${path}`}`,
  };

  const stored = resolved.dataFile ? readSnapshot(resolved.dataFile) : undefined;
  store.restore(stored ?? buildSeed(ctx));
  // Subscriptions from the file meet today's URL rules before anything is delivered to them.
  if (stored) disableForbiddenWebhooks(ctx);
  if (resolved.dataFile) {
    persistStore(store, resolved.dataFile);
    if (!stored) writeSnapshot(resolved.dataFile, store.snapshot());
  }

  const faults = new FaultInjector(resolved.faults);
  const limiter = new RateLimiter();
  const runtime: SandboxRuntime = {
    ctx,
    origins,
    faults,
    limiter,
    setFaults(config) {
      faults.config = { ...config };
    },
    reset() {
      store.restore(buildSeed(ctx));
      limiter.clear();
    },
  };
  const app = createSandboxApp(runtime);

  return {
    fetch: async (request, env) => app.fetch(request, env),
    app,
    setFaults: runtime.setFaults,
    reset: runtime.reset,
    tenants: () => store.tenants(),
  };
}
