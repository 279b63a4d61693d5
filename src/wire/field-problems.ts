// Field problems of a 400, whichever shape Debitura sends them in (REFERENCE §4): a field-keyed object
// ({"debtor.email": ["Invalid email format"]}, as its docs show), ASP.NET ProblemDetails with an `errors`
// member, or the ApiErrorResponseDto both specs declare, with one `ValidationError` entry per problem whose
// message starts with the field's path ("debtor.email: Invalid email format", as the sandbox answers).
import { object } from 'zod/mini';
import { ApiErrorResponseDto, ValidationErrorBody } from './errors.js';

const ProblemWithFieldErrors = object({ errors: ValidationErrorBody });

/** `debtor.email: Invalid email format`: a field path (`Cases[0].debtor.name`, `Idempotency-Key`), then the message. */
const fieldEntry = /^([A-Za-z$][\w$-]*(?:\[\d+\])?(?:\.[A-Za-z$][\w$-]*(?:\[\d+\])?)*): (.+)$/s;

/**
 * Messages keyed by field path. An ApiErrorResponseDto entry without a path keeps its whole message under the
 * empty key, so nothing is dropped; a body with no field problems gives `{}`.
 */
export function fieldProblemsOf(body: unknown): Record<string, string[]> {
  const problem = ProblemWithFieldErrors.safeParse(body);
  if (problem.success) return problem.data.errors;
  // A generic error body has string members (`error`, `message`); only an all-arrays object is field-keyed.
  const fieldKeyed = ValidationErrorBody.safeParse(body);
  if (fieldKeyed.success && Object.keys(fieldKeyed.data).length > 0) return fieldKeyed.data;
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
