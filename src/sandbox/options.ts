// Options of createSandbox() and the defaults they resolve to.
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
  /** HS256 secret of minted tokens; a fixed development secret by default. */
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
   * Origin of hosted-page URLs built outside a request (the CLI's tenant listing seeds before any
   * request arrives). Inside requests the request's own origin is used. Default http://localhost:4010.
   */
  publicUrl?: string;
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
}

export const DEFAULT_TOKEN_TTL_SECONDS = 1800;
export const DEFAULT_LINK_APPROVAL_TTL_DAYS = 7;
export const DEFAULT_JWT_SECRET = 'debitura-sandbox-development-secret-not-for-production';

export function resolveSandboxOptions(options: SandboxOptions = {}): ResolvedSandboxOptions {
  return {
    tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
    rateLimitPerMinute: options.rateLimitPerMinute,
    faults: options.faults ?? { rate: 0 },
    dataFile: options.dataFile,
    jwtSecret: options.jwtSecret ?? DEFAULT_JWT_SECRET,
    requireSignedContractForToken: options.requireSignedContractForToken ?? false,
    linkApprovalTtlDays: Math.min(
      30,
      Math.max(1, Math.round(options.linkApprovalTtlDays ?? DEFAULT_LINK_APPROVAL_TTL_DAYS)),
    ),
    now: options.now ?? (() => new Date()),
    publicUrl: options.publicUrl?.replace(/\/+$/, ''),
  };
}
