// Cross-origin access to the token endpoint: only origins the partner lists, always with credentials (the
// tenant comes from the partner's session cookie). Other origins get no CORS headers, so browsers keep
// the answer from them.

export interface CorsPolicy {
  /** The request's Origin when it is allowed, else null. */
  allowedOrigin(request: Request): string | null;
  /** Headers that let an allowed origin read an answer. */
  responseHeaders(origin: string | null): Record<string, string>;
  /** Headers for a preflight from an allowed origin. */
  preflightHeaders(origin: string, request: Request): Record<string, string>;
}

const preflightMaxAgeSeconds = 600;

export function createCorsPolicy(allowedOrigins: readonly string[] = []): CorsPolicy {
  // Origins compare in their serialized form, so `https://App.example.com/` in the config still matches.
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  return {
    allowedOrigin(request) {
      const origin = request.headers.get('origin');
      return origin !== null && allowed.has(origin) ? origin : null;
    },
    responseHeaders(origin) {
      // Vary keeps a shared cache from serving one origin's CORS answer to another.
      const vary: Record<string, string> = allowed.size > 0 ? { Vary: 'Origin' } : {};
      if (origin === null) return vary;
      return { ...vary, 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' };
    },
    preflightHeaders(origin, request) {
      return {
        ...this.responseHeaders(origin),
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': request.headers.get('access-control-request-headers') ?? 'Content-Type',
        'Access-Control-Max-Age': String(preflightMaxAgeSeconds),
      };
    },
  };
}
