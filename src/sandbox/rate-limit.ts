// Per-credential request limit: a sliding one-minute window, answered with Debitura's 429 body.
import type { Context, MiddlewareHandler } from 'hono';
import type { SandboxContext } from './context.js';

const windowMs = 60_000;

/** Callers are counted per credential; unauthenticated calls share one bucket, as on Debitura. */
function bucketOf(c: Context): string {
  const apiKey = c.req.header('XApiKey');
  if (apiKey) return `key:${apiKey}`;
  const authorization = c.req.header('Authorization');
  if (authorization) return `bearer:${authorization}`;
  return 'anonymous';
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  /** Seconds until the caller may retry, or 0 when this request is allowed (and counted). */
  retryAfterSeconds(bucket: string, limit: number, nowMs: number): number {
    const recent = (this.hits.get(bucket) ?? []).filter((at) => at > nowMs - windowMs);
    if (recent.length >= limit) {
      this.hits.set(bucket, recent);
      const oldest = recent[recent.length - limit] ?? nowMs;
      return Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1000));
    }
    recent.push(nowMs);
    this.hits.set(bucket, recent);
    return 0;
  }

  clear(): void {
    this.hits.clear();
  }
}

export function rateLimit(ctx: SandboxContext, limiter: RateLimiter): MiddlewareHandler {
  return async (c, next) => {
    const limit = ctx.options.rateLimitPerMinute;
    if (limit !== undefined) {
      const retryAfter = limiter.retryAfterSeconds(bucketOf(c), limit, ctx.now().getTime());
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
