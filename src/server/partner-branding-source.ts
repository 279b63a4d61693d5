// The partner's Debitura branding (Referral API GET /me), kept for an hour, so every token answer can carry it
// without an extra upstream call.
import { partnerBrandingOf, type PartnerBranding } from '../wire/partner-branding.js';
import { CachedUpstreamValue } from './cached-upstream-value.js';
import { getPartnerProfile, type ReferralApiOptions } from './referral-api.js';

export class PartnerBrandingSource extends CachedUpstreamValue<PartnerBranding> {
  constructor(options: ReferralApiOptions, now: () => number) {
    super(async () => partnerBrandingOf(await getPartnerProfile(options)), now);
  }
}
