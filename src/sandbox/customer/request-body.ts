// Reading a JSON request body without letting malformed JSON become a 500, and refusing bodies that are not
// JSON at all the way ASP.NET does (415), since both APIs accept JSON media types only (REFERENCE §1.4).
import type { Context } from 'hono';
import type { ProblemDetails } from '../../wire/index.js';
import { apiErrorBody } from './api-error-body.js';
import { FieldErrors } from './field-errors.js';

export type JsonBody = { ok: true; value: unknown } | { ok: false };

export async function readJsonBody(request: Request): Promise<JsonBody> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** `application/json`, `text/json`, `application/*+json` (which covers `application/json-patch+json`). */
const jsonMediaType = /^(?:application\/json|text\/json|application\/[\w.-]+\+json)$/i;

/** Whether the body may be read as JSON: a JSON media type, or no body and no type at all. */
export function hasJsonMediaType(request: Request): boolean {
  const type = request.headers.get('Content-Type')?.split(';')[0]?.trim();
  if (type) return jsonMediaType.test(type);
  return request.body === null || request.headers.get('Content-Length') === '0';
}

export type JsonRequestBody = JsonBody | { ok: false; unsupportedMediaType: true };

/** The JSON body of a request that must be JSON; `unsupportedMediaType` when it is something else. */
export async function readJsonRequestBody(request: Request): Promise<JsonRequestBody> {
  if (!hasJsonMediaType(request)) return { ok: false, unsupportedMediaType: true };
  return readJsonBody(request);
}

/** ASP.NET's 415 body. */
export function unsupportedMediaTypeBody(): ProblemDetails {
  return {
    type: 'https://tools.ietf.org/html/rfc9110#section-15.5.16',
    title: 'Unsupported Media Type',
    status: 415,
  };
}

/**
 * The JSON body of a request (undefined when there is none), or the answer when there is nothing to read:
 * 415 for a body of another media type, 400 for malformed JSON.
 */
export async function jsonBodyOf(c: Context): Promise<{ value: unknown } | Response> {
  const body = await readJsonRequestBody(c.req.raw);
  if ('unsupportedMediaType' in body) return c.json(unsupportedMediaTypeBody(), 415);
  if (!body.ok) return c.json(apiErrorBody('ValidationError', 'The request body is not valid JSON.'), 400);
  return { value: body.value };
}

/** jsonBodyOf for an endpoint whose body is required: no body, or `null`, is a 400 on `body`. */
export async function requiredJsonBodyOf(c: Context): Promise<{ value: unknown } | Response> {
  const body = await jsonBodyOf(c);
  if (body instanceof Response || (body.value !== undefined && body.value !== null)) return body;
  const errors = new FieldErrors();
  errors.add('body', 'Request cannot be null');
  return c.json(errors.toApiError(), 400);
}
