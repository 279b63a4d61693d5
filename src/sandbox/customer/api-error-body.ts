// ApiErrorResponseDto bodies (REFERENCE §4): the legacy `error`/`message` pair plus the canonical
// `businessErrors` array, which Debitura now also fills on 400/404/413/415.
import type { ApiErrorResponseDto } from '../../wire/index.js';

export function apiErrorBody(type: string, message: string): ApiErrorResponseDto {
  return { error: type, message, businessErrors: [{ type, message, solutionUrl: null }] };
}

export function caseNotFoundBody(): ApiErrorResponseDto {
  return apiErrorBody('NotFound', 'Case not found.');
}

/** A path id that is not a GUID (Debitura's model binding rejects it before any lookup). */
export function invalidCaseIdBody(id: string): ApiErrorResponseDto {
  return apiErrorBody('ValidationError', `'${id}' is not a valid case id (GUID).`);
}
