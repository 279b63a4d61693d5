// What the partner's token endpoint (or `fetchToken`, `fetchActivation`) answers, checked against the wire's
// schemas before the widget believes it: a token, the partner's branding, a tenant's activation state. These
// travel with the API client in the code that loads on demand (customer-api-code.ts), since both need zod.
import { ActivationAnswer, activationOfNotLinked } from '../../wire/activation.js';
import { PartnerBranding } from '../../wire/partner-branding.js';
import { AccessTokenResponse } from '../../wire/referral.js';

export { activationOfNotLinked };

/** A token answer that has the shape of one (its token may still be missing); null otherwise. */
export function tokenAnswerOf(body: unknown): AccessTokenResponse | null {
  const parsed = AccessTokenResponse.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** Branding that does not pass its checks is dropped whole: it only decorates. */
export function brandingOf(value: unknown): PartnerBranding | undefined {
  const parsed = PartnerBranding.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** An activation answer, or null when the body is not one. */
export function activationAnswerOf(body: unknown): ActivationAnswer | null {
  const parsed = ActivationAnswer.safeParse(body);
  return parsed.success ? parsed.data : null;
}
