// Which origin names the sandbox in its answers. Stored data (a case's signing URL, a file's download link,
// the seed) never holds a real origin: it holds STORED_ORIGIN, and every answer swaps in the origin the
// caller reached the sandbox on. So links work however the sandbox is mounted (CLI on :4010, the demo on the
// page origin, tests on http://sandbox.test), and no request's host ends up in what others are shown.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';

export const DEFAULT_SANDBOX_ORIGIN = 'http://localhost:4010';

/** Stands for "the origin of whoever reads this" in stored URLs. `.invalid` never resolves (RFC 6761). */
export const STORED_ORIGIN = 'http://sandbox-origin.invalid';

export class RequestOrigins {
  private readonly storage = new AsyncLocalStorage<string>();

  /**
   * `fallback` names the sandbox outside requests (webhook links of events no request raised); with
   * `trustProxy`, X-Forwarded-Host and X-Forwarded-Proto name the public origin.
   */
  constructor(
    private readonly fallback = DEFAULT_SANDBOX_ORIGIN,
    private readonly trustProxy = false,
  ) {}

  /** Runs `work` with the origin of `request` as the current one. */
  run<T>(request: Request, work: () => T): T {
    return this.storage.run(originOf(request, this.trustProxy), work);
  }

  current(): string {
    return this.storage.getStore() ?? this.fallback;
  }
}

/** The request's own origin, or what a trusted proxy in front (e.g. a dev server) names in X-Forwarded-*. */
export function originOf(request: Request, trustProxy: boolean): string {
  const url = new URL(request.url);
  const forwardedHost = trustProxy ? request.headers.get('X-Forwarded-Host')?.split(',')[0]?.trim() : undefined;
  if (!forwardedHost) return url.origin;
  const forwardedProto =
    request.headers.get('X-Forwarded-Proto')?.split(',')[0]?.trim() || url.protocol.replace(':', '');
  return `${forwardedProto}://${forwardedHost}`;
}

const rewritten = /^(application\/(?:[\w.-]+\+)?json|text\/html)\b/i;

/** Puts the caller's origin where answers carry STORED_ORIGIN (JSON and HTML bodies). */
export function answerWithCallerOrigin(origins: RequestOrigins): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const type = c.res.headers.get('Content-Type') ?? '';
    if (!rewritten.test(type) || c.res.body === null) return;
    const text = await c.res.text();
    const { status, statusText, headers } = c.res;
    c.res = new Response(text.replaceAll(STORED_ORIGIN, origins.current()), { status, statusText, headers });
    // Hono carries the old headers over; a length would now be wrong.
    c.res.headers.delete('Content-Length');
  };
}
