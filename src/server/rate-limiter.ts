// A fixed-window request counter per key, in memory, for the token endpoint's `allowRequest`. One process
// only: behind several instances, each counts its own share, which still caps a runaway client.

export interface RateLimiterOptions<K extends string> {
  /** Requests allowed per key in one window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** What is counted: default the tenant; pass the partner's user id to limit per signed-in user. */
  key?: (externalTenantId: string, request: Request) => K | Promise<K>;
  /** Clock in epoch milliseconds; default `Date.now`. */
  now?: () => number;
}

/** Keys kept before expired windows are swept, so memory stays bounded under many distinct users. */
const sweepAbove = 10_000;

/**
 * Creates an `allowRequest` for `createTokenHandler` that answers false once a key used up its window.
 *
 * @example
 * createTokenHandler({
 *   apiKey, resolveTenant,
 *   allowRequest: createRateLimiter({ limit: 20, windowMs: 60_000, key: (_tenant, request) => sessionUserId(request) }),
 * });
 */
export function createRateLimiter<K extends string>(
  options: RateLimiterOptions<K>,
): (externalTenantId: string, request: Request) => Promise<boolean> {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { startedAt: number; count: number }>();

  function sweep(at: number): void {
    for (const [key, window] of windows) if (at - window.startedAt >= options.windowMs) windows.delete(key);
  }

  return async function allowRequest(externalTenantId, request) {
    const key = options.key ? await options.key(externalTenantId, request) : externalTenantId;
    const at = now();
    let window = windows.get(key);
    if (!window || at - window.startedAt >= options.windowMs) {
      if (!window && windows.size >= sweepAbove) sweep(at);
      window = { startedAt: at, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    return window.count <= options.limit;
  };
}
