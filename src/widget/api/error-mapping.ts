// Turns a Customer API error answer into a DebituraApiError. Debitura sends several body shapes for the same
// status (REFERENCE §4), so each mapping reads every shape it may meet and never fails on an unknown one.
import {
  ApiErrorResponseDto,
  BusinessErrorResponseApiDTO,
  ProblemDetails,
  RateLimitErrorBody,
} from '../../wire/errors.js';
import { fieldProblemsOf } from '../../wire/field-problems.js';
import { DebituraApiError } from './api-error.js';

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
  const code = codeOf(body);
  return new DebituraApiError({
    type: 'api_error',
    status,
    message: messageOf(body) ?? `Debitura answered ${status}.`,
    ...(code ? { code } : {}),
  });
}

/** The error identifier of an ApiErrorResponseDto body (`not_found`, or a proxy's own `operation_disabled`). */
function codeOf(body: unknown): string | undefined {
  const generic = ApiErrorResponseDto.safeParse(body);
  return generic.success ? (generic.data.error ?? undefined) : undefined;
}

function validationError(status: number, body: unknown): DebituraApiError {
  const fieldErrors = fieldProblemsOf(body);
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
