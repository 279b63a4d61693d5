// Per-caller request limit: a sliding one-minute window, answered with Debitura's 429 body. Callers are
// counted by who they authenticated as (the partner, or one creditor), never by the spelling of their
// credential; everyone without a valid credential shares one bucket, as on Debitura. Old entries expire
// and the number of buckets is capped, so the limiter's memory stays bounded whatever arrives.
import type { Context, MiddlewareHandler } from 'hono';
import type { SandboxContext } from './context.js';

const windowMs = 60_000;
/** More callers than the sandbox ever has; past it the quietest buckets go first. */
const MAX_BUCKETS = 1_000;

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  /** Seconds until the caller may retry, or 0 when this request is allowed (and counted). */
  retryAfterSeconds(bucket: string, limit: number, nowMs: number): number {
    const recent = (this.hits.get(bucket) ?? []).filter((at) => at > nowMs - windowMs);
    // Re-inserted, so the map's order is least recently used first.
    this.hits.delete(bucket);
    if (recent.length >= limit) {
      this.hits.set(bucket, recent);
      const oldest = recent[recent.length - limit] ?? nowMs;
      return Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1000));
    }
    recent.push(nowMs);
    this.hits.set(bucket, recent);
    if (this.hits.size > MAX_BUCKETS) this.evict(nowMs);
    return 0;
  }

  /** How many callers are being counted. */
  get size(): number {
    return this.hits.size;
  }

  clear(): void {
    this.hits.clear();
  }

  /** Drops buckets whose window has passed, then the least recently used ones until under the cap. */
  private evict(nowMs: number): void {
    for (const [bucket, times] of this.hits) {
      if ((times.at(-1) ?? 0) <= nowMs - windowMs) this.hits.delete(bucket);
    }
    for (const bucket of this.hits.keys()) {
      if (this.hits.size <= MAX_BUCKETS) break;
      this.hits.delete(bucket);
    }
  }
}

/** Limits requests per caller; `callerOf` names the authenticated caller, or undefined for anonymous. */
export function rateLimit(
  ctx: SandboxContext,
  limiter: RateLimiter,
  callerOf: (c: Context) => string | undefined,
): MiddlewareHandler {
  return async (c, next) => {
    const limit = ctx.options.rateLimitPerMinute;
    if (limit !== undefined) {
      const retryAfter = limiter.retryAfterSeconds(callerOf(c) ?? 'anonymous', limit, ctx.now().getTime());
      if (retryAfter > 0) {
        // Debitura sends no Retry-After header; the body's retryAfter is the only hint (REFERENCE §6.2).
        return c.json(
          {
            error: 'rate_limit_exceeded',
            message: 'Too many requests. Please try again later or contact support if you need higher limits.',
            retryAfter,
          },
          429,
        );
      }
    }
    await next();
  };
}
