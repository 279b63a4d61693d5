// Who may talk to the sandbox. It holds every tenant's credentials and lets anyone reset it, so it answers
// loopback only, unless told otherwise: a Host header that names another host gets 403 (a page whose domain
// was rebound to 127.0.0.1 is refused), and so does a browser request from another origin (no CORS answer,
// and no cross-site form post to a reset or an approval page). `allowedHosts` / `allowedOrigins` open it to
// a CI network on purpose.
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { apiErrorBody } from './customer/api-error-body.js';
import type { ResolvedSandboxOptions } from './options.js';

export const corsAllowedHeaders = ['Authorization', 'Content-Type', 'Idempotency-Key', 'XApiKey', 'Accept-Language'];

type AccessOptions = Pick<ResolvedSandboxOptions, 'allowedHosts' | 'allowedOrigins' | 'trustProxy'>;

/** localhost, *.localhost, 127.0.0.0/8 and ::1 (a host name as URL.hostname spells it). */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The host name of a Host header value (`example.com:4010`, `[::1]:4010`), or undefined when it is malformed. */
function hostnameOf(hostHeader: string): string | undefined {
  try {
    return new URL(`http://${hostHeader.trim()}`).hostname;
  } catch {
    return undefined;
  }
}

function hostAllowed(options: AccessOptions, hostHeader: string): boolean {
  const hostname = hostnameOf(hostHeader);
  if (!hostname) return false;
  return isLoopbackHostname(hostname) || options.allowedHosts.includes(hostname.replace(/^\[|\]$/g, ''));
}

/** A page origin that may call the sandbox: its own, a loopback one, or one the options list. */
function originAllowed(options: AccessOptions, origin: string, ownOrigin: string): boolean {
  if (origin === ownOrigin) return true;
  let hostname: string;
  try {
    hostname = new URL(origin).hostname;
  } catch {
    return false; // includes the opaque `null` origin of sandboxed frames and file: pages
  }
  return isLoopbackHostname(hostname) || options.allowedOrigins.includes(origin.toLowerCase());
}

export function guardRequests(options: AccessOptions): MiddlewareHandler {
  return async (c, next) => {
    const hosts = [
      c.req.header('Host'),
      options.trustProxy ? c.req.header('X-Forwarded-Host')?.split(',')[0] : undefined,
    ];
    for (const host of hosts) {
      if (host !== undefined && !hostAllowed(options, host)) {
        return c.json(
          apiErrorBody(
            'Forbidden',
            `The sandbox does not answer to the host '${host.slice(0, 100)}'; allow it with --allow-host.`,
          ),
          403,
        );
      }
    }
    const origin = c.req.header('Origin');
    if (origin !== undefined && !originAllowed(options, origin, new URL(c.req.url).origin)) {
      return c.json(
        apiErrorBody('Forbidden', 'Pages of this origin may not call the sandbox; allow it with --allow-origin.'),
        403,
      );
    }
    await next();
  };
}

/** CORS for the origins guardRequests lets through: the widget on a loopback dev server calls the sandbox. */
export function sandboxCors(options: AccessOptions): MiddlewareHandler {
  return cors({
    origin: (origin, c) => (origin && originAllowed(options, origin, new URL(c.req.url).origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: corsAllowedHeaders,
    maxAge: 600,
  });
}
