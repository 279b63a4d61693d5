// Turns a Customer API error answer into a DebituraApiError. Debitura sends several body shapes for the same
// status (REFERENCE §4), so each mapping reads every shape it may meet and never fails on an unknown one.
import * as z from 'zod/mini';
import {
  ApiErrorResponseDto,
  BusinessErrorResponseApiDTO,
  ProblemDetails,
  RateLimitErrorBody,
  ValidationErrorBody,
} from '../../wire/errors.js';
import { DebituraApiError } from './api-error.js';

/** ASP.NET model-binding problem details carry field errors in an `errors` extension member. */
const ProblemWithFieldErrors = z.object({ errors: ValidationErrorBody });

export function apiErrorFromResponse(status: number, body: unknown): DebituraApiError {
  if (status === 401) {
    return new DebituraApiError({
      type: 'authentication_error',
      status,
      message: 'Debitura refused the access token.',
    });
  }
  if (status === 400 || status === 413 || status === 415) return validationError(status, body);
  if (status === 422) return businessError(status, body);
  if (status === 429) {
    const parsed = RateLimitErrorBody.safeParse(body);
    return new DebituraApiError({
      type: 'rate_limit_error',
      status,
      message: parsed.success ? parsed.data.message : 'Too many requests.',
      ...(parsed.success ? { retryAfterSeconds: parsed.data.retryAfter } : {}),
    });
  }
  return new DebituraApiError({
    type: 'api_error',
    status,
    message: messageOf(body) ?? `Debitura answered ${status}.`,
  });
}

function validationError(status: number, body: unknown): DebituraApiError {
  const fieldErrors = fieldErrorsOf(body);
  const firstFieldMessage = Object.values(fieldErrors)[0]?.[0];
  return new DebituraApiError({
    type: 'validation_error',
    status,
    message: messageOf(body) ?? firstFieldMessage ?? 'Debitura rejected the request.',
    fieldErrors,
  });
}

function businessError(status: number, body: unknown): DebituraApiError {
  const parsed = BusinessErrorResponseApiDTO.safeParse(body);
  const businessErrors = parsed.success ? (parsed.data.businessErrors ?? []) : [];
  return new DebituraApiError({
    type: 'business_error',
    status,
    message:
      businessErrors.find((error) => error.message)?.message ??
      messageOf(body) ??
      'Debitura cannot accept this request.',
    businessErrors,
    signingUrl: parsed.success ? (parsed.data.signingHandoff?.combinedSigningUrl ?? null) : null,
  });
}

function fieldErrorsOf(body: unknown): Record<string, string[]> {
  const problem = ProblemWithFieldErrors.safeParse(body);
  if (problem.success) return problem.data.errors;
  // A generic error body has string members (`error`, `message`); only an all-arrays object is field-keyed.
  const fieldKeyed = ValidationErrorBody.safeParse(body);
  if (fieldKeyed.success && Object.keys(fieldKeyed.data).length > 0) return fieldKeyed.data;
  return fieldErrorsOfEntries(body);
}

/** `debtor.email: Invalid email format`: a field path (`Cases[0].debtor.name`, `Idempotency-Key`), then the message. */
const fieldEntry = /^([A-Za-z$][\w$-]*(?:\[\d+\])?(?:\.[A-Za-z$][\w$-]*(?:\[\d+\])?)*): (.+)$/s;

/**
 * The declared 400 shape, ApiErrorResponseDto, carries one `ValidationError` entry per field problem whose
 * message starts with the field's path (the sandbox answers this way). Entries without a path keep their
 * whole message under the empty key, so nothing is dropped.
 */
function fieldErrorsOfEntries(body: unknown): Record<string, string[]> {
  const generic = ApiErrorResponseDto.safeParse(body);
  if (!generic.success) return {};
  const fields: Record<string, string[]> = {};
  for (const entry of generic.data.businessErrors ?? []) {
    if (entry.type !== 'ValidationError' || !entry.message) continue;
    const match = fieldEntry.exec(entry.message);
    const [field, message] = match ? [match[1]!, match[2]!] : ['', entry.message];
    (fields[field] ??= []).push(message);
  }
  return fields;
}

/** The human message of an ApiErrorResponseDto or ProblemDetails body, if there is one. */
function messageOf(body: unknown): string | undefined {
  const generic = ApiErrorResponseDto.safeParse(body);
  if (generic.success) {
    const text =
      generic.data.message ??
      generic.data.businessErrors?.find((error) => error.message)?.message ??
      generic.data.error;
    if (text) return text;
  }
  const problem = ProblemDetails.safeParse(body);
  if (problem.success) return problem.data.detail ?? problem.data.title ?? undefined;
  return undefined;
}
