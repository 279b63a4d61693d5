// Reading webhook request bodies: case-insensitive keys like Debitura's model binding, a strict parse,
// and 400 messages that name the offending field.
import type * as z from 'zod/mini';
import { isReferralWebhookEvent, referralWebhookEvents } from '../../wire/index.js';
import { schemaKeys, withCanonicalKeys } from '../customer/canonical-keys.js';
import { readJsonBody } from '../customer/request-body.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export async function parseRequestBody<T>(request: Request, schema: z.ZodMiniType<T>): Promise<Parsed<T>> {
  const body = await readJsonBody(request);
  if (!body.ok) return { ok: false, message: 'The request body is not valid JSON.' };
  if (body.value === undefined || body.value === null) return { ok: false, message: 'Request cannot be null.' };
  const parsed = schema.safeParse(withCanonicalKeys(body.value, schemaKeys(schema)));
  if (parsed.success) return { ok: true, value: parsed.data };
  const message = parsed.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  return { ok: false, message };
}

/** Null when every name is a Referral API event and at least one is given, otherwise the 400 message. */
export function eventListProblem(events: readonly string[]): string | null {
  if (events.length === 0) return 'At least one event type is required.';
  const unknown = events.filter((event) => !isReferralWebhookEvent(event));
  if (unknown.length === 0) return null;
  return `Unknown event type(s): ${unknown.join(', ')}. Valid event types: ${referralWebhookEvents.join(', ')}.`;
}
