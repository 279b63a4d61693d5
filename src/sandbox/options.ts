// Options of createSandbox() and the defaults they resolve to.
import { randomBytes } from 'node:crypto';
import type { FaultConfig } from './faults.js';

export interface SandboxOptions {
  /** Lifetime of minted Customer API tokens, in seconds (Debitura's is 1800). */
  tokenTtlSeconds?: number;
  /** Requests per minute per credential before 429; unlimited when absent. */
  rateLimitPerMinute?: number;
  /** Fault injection at start-up; off by default. */
  faults?: FaultConfig;
  /** JSON file that keeps the sandbox state across restarts (read at start, written on every change). */
  dataFile?: string;
  /**
   * HS256 secret of minted tokens. Random for each process by default, so no token outlives the process
   * and nobody can mint one from a published secret; set it to keep tokens valid across restarts.
   */
  jwtSecret?: string;
  /**
   * REFERENCE §1.2 CONFLICT: one page says POST /oauth/token needs a signed SDCA, the spec says only an
   * active link. Off (the spec's reading) by default: a tenant with unsigned contracts still gets a token
   * and meets MissingDebtCollectionContract on POST /cases instead.
   */
  requireSignedContractForToken?: boolean;
  /**
   * Days a link request (409 ClientExistsNeedsLinking) waits for approval before it expires, like the
   * partner's `ApprovalTtlDays` on Debitura: default 7, clamped to 1–30.
   */
  linkApprovalTtlDays?: number;
  /** Clock for token expiry, seeded dates and timestamps; tests move it. */
  now?: () => Date;
  /**
   * Origin of links built outside a request (webhook links of events no request raised). Inside requests the
   * request's own origin is used. Default http://localhost:4010.
   */
  publicUrl?: string;
  /**
   * Host names (as in the Host header, without port) the sandbox answers besides loopback (`localhost`,
   * `*.localhost`, 127.0.0.0/8, `[::1]`). Anything else gets 403, which stops DNS rebinding. A CI runner that
   * reaches the sandbox as `http://sandbox:4010` lists `sandbox` here.
   */
  allowedHosts?: readonly string[];
  /**
   * Origins (`https://app.example:8443`) whose pages may call the sandbox from a browser, besides loopback
   * origins and the sandbox's own. Other origins get no CORS headers and 403.
   */
  allowedOrigins?: readonly string[];
  /**
   * Honour X-Forwarded-Host / X-Forwarded-Proto (the sandbox behind a proxy that sets them). Off by default:
   * a client could otherwise name any host for the links in its answers.
   */
  trustProxy?: boolean;
}

export interface ResolvedSandboxOptions {
  tokenTtlSeconds: number;
  rateLimitPerMinute: number | undefined;
  faults: FaultConfig;
  dataFile: string | undefined;
  jwtSecret: string;
  requireSignedContractForToken: boolean;
  linkApprovalTtlDays: number;
  now: () => Date;
  publicUrl: string | undefined;
  allowedHosts: readonly string[];
  allowedOrigins: readonly string[];
  trustProxy: boolean;
}

export const DEFAULT_TOKEN_TTL_SECONDS = 1800;
export const DEFAULT_LINK_APPROVAL_TTL_DAYS = 7;

export function resolveSandboxOptions(options: SandboxOptions = {}): ResolvedSandboxOptions {
  return {
    tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
    rateLimitPerMinute: options.rateLimitPerMinute,
    faults: options.faults ?? { rate: 0 },
    dataFile: options.dataFile,
    jwtSecret: options.jwtSecret ?? randomBytes(32).toString('base64url'),
    requireSignedContractForToken: options.requireSignedContractForToken ?? false,
    linkApprovalTtlDays: Math.min(
      30,
      Math.max(1, Math.round(options.linkApprovalTtlDays ?? DEFAULT_LINK_APPROVAL_TTL_DAYS)),
    ),
    now: options.now ?? (() => new Date()),
    publicUrl: options.publicUrl?.replace(/\/+$/, ''),
    allowedHosts: (options.allowedHosts ?? []).map((host) => host.trim().toLowerCase()).filter(Boolean),
    allowedOrigins: (options.allowedOrigins ?? []).map((origin) => origin.trim().replace(/\/+$/, '').toLowerCase()),
    trustProxy: options.trustProxy ?? false,
  };
}
