// The webhook section's rules, kept out of the element: what makes a subscription URL acceptable before
// Debitura is asked, how healthy a subscription is, and what a test event needs.
import { referralWebhookEvents, type ReferralWebhookEvent, type WebhookDto } from '../../../wire/webhooks.js';

export type WebhookUrlProblem = 'required' | 'invalid' | 'notHttps' | 'tooLong';

/** Debitura's limit on a subscription URL. */
export const maxWebhookUrlLength = 1024;

/**
 * Why Debitura would refuse this URL, or null. HTTPS only; the local sandbox also delivers to this machine over
 * plain HTTP (`localhost`, `127.0.0.1`), so a partner can point it at a receiver under development.
 */
export function webhookUrlProblem(url: string, sandbox: boolean): WebhookUrlProblem | null {
  const trimmed = url.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > maxWebhookUrlLength) return 'tooLong';
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return 'invalid';
  }
  if (parsed.protocol === 'https:') return null;
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  return sandbox && loopback && parsed.protocol === 'http:' ? null : 'notHttps';
}

/**
 * `active` delivers; `paused` was switched off by the partner; `disabled` was switched off by Debitura after
 * failed deliveries (its `disabledReason` says why), and delivers again once re-activated.
 */
export type WebhookHealth = 'active' | 'paused' | 'disabled';

export function webhookHealth(webhook: WebhookDto): WebhookHealth {
  if (webhook.isActive) return 'active';
  return webhook.disabledReason ? 'disabled' : 'paused';
}

/** Events a test can fire, and what each needs: a case (`case.*`) or a client (`client.*`). */
export const testableWebhookEvents = referralWebhookEvents.filter(
  (event) => event.startsWith('case.') || event.startsWith('client.'),
);

export function testEventSubject(event: ReferralWebhookEvent): 'case' | 'client' {
  return event.startsWith('case.') ? 'case' : 'client';
}

/** The events in the spec's order, whatever order they were picked in; unknown names kept at the end. */
export function orderedEvents(events: Iterable<string>): string[] {
  const picked = new Set(events);
  const known = referralWebhookEvents.filter((event) => picked.has(event));
  const unknown = [...picked].filter((event) => !(referralWebhookEvents as readonly string[]).includes(event));
  return [...known, ...unknown];
}
