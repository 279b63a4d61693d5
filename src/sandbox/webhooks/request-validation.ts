// Reading webhook request bodies: JSON only (415 otherwise), case-insensitive keys like Debitura's model
// binding, a strict parse, and 400s that name each offending field (the sandbox's one 400 rule).
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { isReferralWebhookEvent, referralWebhookEvents } from '../../wire/index.js';
import { schemaKeys, withCanonicalKeys } from '../customer/canonical-keys.js';
import { addSchemaIssues, FieldErrors } from '../customer/field-errors.js';
import { requiredJsonBodyOf } from '../customer/request-body.js';

/** The parsed body, or the 400 / 415 answer. */
export async function parseRequestBody<T>(c: Context, schema: z.ZodMiniType<T>): Promise<{ value: T } | Response> {
  const body = await requiredJsonBodyOf(c);
  if (body instanceof Response) return body;
  const input = withCanonicalKeys(body.value, schemaKeys(schema));
  const parsed = schema.safeParse(input);
  if (parsed.success) return { value: parsed.data };
  const errors = new FieldErrors();
  addSchemaIssues(errors, parsed.error.issues, input);
  return c.json(errors.toApiError(), 400);
}

/** Null when every name is a Referral API event and at least one is given, otherwise the 400 message. */
export function eventListProblem(events: readonly string[]): string | null {
  if (events.length === 0) return 'At least one event type is required.';
  const unknown = events.filter((event) => !isReferralWebhookEvent(event));
  if (unknown.length === 0) return null;
  return `Unknown event type(s): ${unknown.join(', ')}. Valid event types: ${referralWebhookEvents.join(', ')}.`;
}

/** The 400 body for a subscription's URL and event problems, each under its field; undefined when none. */
export function subscriptionProblems(
  urlProblem: string | null,
  eventsProblem: string | null,
): ReturnType<FieldErrors['toApiError']> | undefined {
  const errors = new FieldErrors();
  if (urlProblem) errors.add('url', urlProblem);
  if (eventsProblem) errors.add('events', eventsProblem);
  return errors.empty ? undefined : errors.toApiError();
}
