// What the partner's token endpoint tells the widget about a tenant that has no active Debitura client link
// yet: in its 403 `tenant_not_linked` answer (`activation`), and in answers to `{intent: 'status' | 'activate'}`.
// The widget shows its activation screen from it; nothing in it names or picks a tenant.
import { array, boolean, enum as enumeration, maxLength, object, optional, regex, string } from 'zod/mini';
import type * as z from 'zod/mini';
import { optNull } from './formats.js';
import { PartnerBranding } from './partner-branding.js';

export const activationStates = [
  /** No client yet: explain debt collection and offer the button. */
  'not_activated',
  /** Client created (202); the user finishes Debitura's hosted onboarding at `url`. */
  'onboarding',
  /** The company already has a Debitura account (409 ClientExistsNeedsLinking); its owner approves at `url`. */
  'approval_pending',
  /** The account owner declined the link request; the user may ask again. */
  'declined',
  /** Nobody answered the link request in time; the user may ask again. */
  'expired',
  /** The company works with Debitura through another partner (409 ClientAlreadyLinkedToAnotherPartner). */
  'linked_elsewhere',
  /** The company's Debitura account is not a creditor account (409 InvalidClientType). */
  'invalid_client_type',
  /** Debitura refused the partner's data, or the partner's server could not supply it: support must step in. */
  'failed',
  /** Linked and onboarded: fetch a token. */
  'active',
] as const;
export type ActivationState = (typeof activationStates)[number];

export const ActivationAnswer = object({
  state: enumeration(activationStates),
  /** Whether the signed-in user may press "Activate" (the partner decides, e.g. admins only). */
  mayActivate: boolean(),
  /** The tenant's company name from the partner's records, for "Ask an administrator of {company}". */
  company: optNull(string().check(maxLength(300))),
  /** ISO alpha-2 codes of the countries Debitura collects in (Referral GET /coverage). */
  coverage: optNull(array(string().check(regex(/^[A-Z]{2}$/)))),
  /** Debitura's hosted onboarding or approval page, for `onboarding` and `approval_pending`. */
  url: optNull(string().check(maxLength(2048))),
  branding: optional(PartnerBranding),
});
export type ActivationAnswer = z.infer<typeof ActivationAnswer>;

/** What a widget may ask the token endpoint to do for the signed-in tenant. */
export const activationIntents = ['status', 'activate'] as const;
export type ActivationIntent = (typeof activationIntents)[number];

/**
 * The activation member of a 403 `tenant_not_linked` (or `activation_not_allowed`) body: the answer when valid;
 * null when the endpoint offers activation but could not say where the tenant stands (the widget then asks);
 * undefined when the endpoint does not offer activation at all.
 */
export function activationOfNotLinked(body: unknown): ActivationAnswer | null | undefined {
  if (typeof body !== 'object' || body === null || !('activation' in body)) return undefined;
  const answer = ActivationAnswer.safeParse(body.activation);
  return answer.success ? answer.data : null;
}
