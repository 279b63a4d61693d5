// Error bodies of both Debitura APIs. Which one arrives depends on status and endpoint (REFERENCE §4).
import { array, boolean, int, looseObject, number, object, optional, record, string } from 'zod/mini';
import type * as z from 'zod/mini';
import { nested, optNull } from './formats.js';

/** Business error types Debitura documents; `BusinessErrorApiDTO.type` stays an open string. */
export const businessErrorTypes = [
  'MissingDebtCollectionContract',
  'MissingPowerOfAttorney',
  'MissingKycVerification',
  'NoPartnerAvailable',
  'CreditorBlocked',
  'IdempotencyConflict',
] as const;
export type BusinessErrorType = (typeof businessErrorTypes)[number];

/** One business rule violation; `solutionUrl` resolves that single error (e.g. a signing page). */
export const BusinessErrorApiDTO = object({
  type: optNull(string()),
  message: optNull(string()),
  solutionUrl: optNull(string()),
});
export type BusinessErrorApiDTO = z.infer<typeof BusinessErrorApiDTO>;

/** The hosted flow that walks the creditor through every pending signing step in order. */
export const SigningHandoffDto = object({
  combinedSigningUrl: optNull(string()),
});
export type SigningHandoffDto = z.infer<typeof SigningHandoffDto>;

/** Generic error body (400/404/413/415/500): legacy `error`/`message` plus canonical `businessErrors`. */
export const ApiErrorResponseDto = object({
  error: optNull(string()),
  message: optNull(string()),
  businessErrors: optNull(array(BusinessErrorApiDTO)),
});
export type ApiErrorResponseDto = z.infer<typeof ApiErrorResponseDto>;

/** 422 from POST /cases and referral POST /clients. */
export const BusinessErrorResponseApiDTO = object({
  businessErrors: optNull(array(BusinessErrorApiDTO)),
  signingHandoff: nested(SigningHandoffDto),
});
export type BusinessErrorResponseApiDTO = z.infer<typeof BusinessErrorResponseApiDTO>;

/** RFC 7807 body (malformed JSON, model binding, /users). Extension members are kept, not stripped. */
export const ProblemDetails = looseObject({
  type: optNull(string()),
  title: optNull(string()),
  status: optNull(int()),
  detail: optNull(string()),
  instance: optNull(string()),
});
export type ProblemDetails = z.infer<typeof ProblemDetails>;

/**
 * Field-keyed 400 body, e.g. `{ "debtor.email": ["Invalid email format"] }`. Documented in the
 * operation prose and docs although the spec types these 400s as ApiErrorResponseDto.
 */
export const ValidationErrorBody = record(string(), array(string()));
export type ValidationErrorBody = z.infer<typeof ValidationErrorBody>;

/** 429 body. Debitura sends no Retry-After header, so `retryAfter` (seconds) is the only hint. */
export const RateLimitErrorBody = object({
  error: string(),
  message: string(),
  retryAfter: number(),
});
export type RateLimitErrorBody = z.infer<typeof RateLimitErrorBody>;

/**
 * Conflict types of referral POST /clients (409). `InvalidClientType` (the matched account is not a creditor)
 * is in Debitura's docs, not in the spec's list; it carries no `data`.
 */
export const conflictTypes = [
  'ClientExistsNeedsLinking',
  'ClientAlreadyLinkedToAnotherPartner',
  'InvalidClientType',
] as const;
export type ConflictType = (typeof conflictTypes)[number];

/**
 * Referral 409 body. The spec leaves `data` untyped; its prose fixes the two shapes: the tenant id plus
 * the approval URL (`ClientExistsNeedsLinking`) or the tenant id alone, never personal data.
 */
export const ConflictResponse = object({
  type: optNull(string()),
  message: optNull(string()),
  data: optNull(
    object({
      externalTenantId: optNull(string()),
      onboardingLinks: nested(object({ url: optNull(string()) })),
      isAttributedClient: optional(boolean()),
    }),
  ),
});
export type ConflictResponse = z.infer<typeof ConflictResponse>;
