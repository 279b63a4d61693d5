// Which browser pages may use an endpoint: its own origin, and the origins the partner lists. One policy for
// both jobs: CORS headers (so a listed origin can read the answer, with the partner's cookies) and refusing
// every other page before any work is done (so a cross-site page cannot mint a token, create a case or upload
// a file with the user's cookies, even though it could never read the answer).

export interface CorsPolicy {
  /**
   * True when the request may be served: sent by a page on the endpoint's own origin or on a listed origin, or
   * by no browser page at all (a server, curl: they carry no ambient cookies of the user). Pass what
   * `allowedOrigin(request)` answered when it was asked already.
   */
  admits(request: Request, allowedOrigin?: string | null): boolean;
  /** The request's Origin when it is listed, else null. `Origin: null` is never listed. */
  allowedOrigin(request: Request): string | null;
  /** Headers that let a listed origin read an answer. */
  responseHeaders(origin: string | null): Record<string, string>;
  /** Headers for a preflight from a listed origin: fixed lists, never an echo of what was asked. */
  preflightHeaders(origin: string): Record<string, string>;
}

export interface CorsPolicyOptions {
  /** The partner's `allowedOrigins`, checked here; a bad entry throws a TypeError naming it. */
  allowedOrigins?: readonly string[] | undefined;
  /** Methods a listed origin may use. */
  methods: readonly string[];
  /** Request headers a listed origin may send. */
  headers: readonly string[];
}

const preflightMaxAgeSeconds = 600;

/**
 * Checks the configured origins and returns them in serialized form (`https://App.example.com/` becomes
 * `https://app.example.com`). Entries that have no web origin are refused: `capacitor://localhost`, `file://`,
 * `app://`, `chrome-extension://…` and the like serialize to "null", and a listed "null" would let any
 * sandboxed iframe on any site read the answer with the user's cookies.
 */
export function checkedAllowedOrigins(entries: readonly string[] = []): Set<string> {
  const origins = new Set<string>();
  for (const entry of entries) {
    if (typeof entry !== 'string' || entry.trim() === '*') {
      throw new TypeError(
        `allowedOrigins: ${JSON.stringify(entry)} is not an origin. List each page origin, e.g. "https://app.example.com"; ` +
          'a wildcard cannot be combined with the cookies the endpoint reads.',
      );
    }
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new TypeError(`allowedOrigins: "${entry}" is not a URL. Use an origin such as "https://app.example.com".`);
    }
    if (url.origin === 'null' || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new TypeError(
        `allowedOrigins: "${entry}" has no web origin. Browsers send "Origin: null" (or a scheme no server can ` +
          'verify) for native shells, files and extensions, and any sandboxed iframe can send "Origin: null" too, so ' +
          'it can never be allowed. A native shell (Capacitor, Ionic, Tauri, Electron, an extension) should fetch the ' +
          "token from native code with the app's own credential and hand it to the widget through fetchToken.",
      );
    }
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
      throw new TypeError(
        `allowedOrigins: "${entry}" has more than an origin. Use only scheme, host and port, e.g. "${url.origin}".`,
      );
    }
    origins.add(url.origin);
  }
  return origins;
}

export function createCorsPolicy(options: CorsPolicyOptions): CorsPolicy {
  const allowed = checkedAllowedOrigins(options.allowedOrigins);
  const allowedOrigin = (request: Request): string | null => {
    const origin = request.headers.get('origin');
    return origin !== null && origin !== 'null' && allowed.has(origin) ? origin : null;
  };
  return {
    admits(request, listed = allowedOrigin(request)) {
      if (listed !== null) return true;
      // Fetch metadata is set by the browser and cannot be forged by a page; it also holds behind a reverse
      // proxy, where the request URL the server sees is not the one the browser used.
      const site = request.headers.get('sec-fetch-site');
      if (site !== null) return site === 'same-origin';
      // Browsers without fetch metadata still send Origin on every cross-origin request.
      const origin = request.headers.get('origin');
      return origin === null || origin === new URL(request.url).origin;
    },
    allowedOrigin,
    responseHeaders(origin) {
      // Vary keeps a shared cache from serving one origin's CORS answer to another.
      const vary: Record<string, string> = allowed.size > 0 ? { Vary: 'Origin' } : {};
      if (origin === null) return vary;
      return { ...vary, 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' };
    },
    preflightHeaders(origin) {
      return {
        ...this.responseHeaders(origin),
        'Access-Control-Allow-Methods': options.methods.join(', '),
        'Access-Control-Allow-Headers': options.headers.join(', '),
        'Access-Control-Max-Age': String(preflightMaxAgeSeconds),
      };
    },
  };
}
