// The origin hosted URLs are built on: the current request's, so links work however the sandbox is
// mounted (CLI on :4010, the demo server on the page origin, tests on http://sandbox.test).
import { AsyncLocalStorage } from 'node:async_hooks';

export const DEFAULT_SANDBOX_ORIGIN = 'http://localhost:4010';

export class RequestOrigins {
  private readonly storage = new AsyncLocalStorage<string>();
  /** The origin of the latest request, used outside requests (reset(), seeding before any request). */
  last: string;

  constructor(fallback = DEFAULT_SANDBOX_ORIGIN) {
    this.last = fallback;
  }

  /** Runs `work` with the origin of `request` as the current one. */
  run<T>(request: Request, work: () => T): T {
    const origin = originOf(request);
    this.last = origin;
    return this.storage.run(origin, work);
  }

  current(): string {
    return this.storage.getStore() ?? this.last;
  }
}

/** A proxy in front (e.g. a dev server) names the public origin in X-Forwarded-* headers. */
function originOf(request: Request): string {
  const url = new URL(request.url);
  const forwardedHost = request.headers.get('X-Forwarded-Host')?.split(',')[0]?.trim();
  if (!forwardedHost) return url.origin;
  const forwardedProto =
    request.headers.get('X-Forwarded-Proto')?.split(',')[0]?.trim() || url.protocol.replace(':', '');
  return `${forwardedProto}://${forwardedHost}`;
}
