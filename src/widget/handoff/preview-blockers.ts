// What stands between a previewed case and collection, as one situation with one way forward: nothing (send),
// contracts only (send now with `allowPendingContracts` and sign later, which Debitura accepts for the SDCA, the
// power of attorney and the pricing appendix), or KYC (verify first: `allowPendingContracts` does not bypass it),
// or steps this version does not know (show them, send as usual and let Debitura's answer explain).
import type { PreviewResultDto } from '../../wire/preview.js';
import { contractTypes, handoffLink, kycType, type HandoffLink } from './handoff-link.js';

export type PreviewBlockers =
  { kind: 'none' } | { kind: 'contracts' | 'kyc' | 'other'; types: string[]; handoff: HandoffLink | null };

export function previewBlockers(
  preview: PreviewResultDto,
  options: { returnUrl: string | null; isAllowed: (url: string) => boolean },
): PreviewBlockers {
  const actions = preview.requiredActions ?? [];
  const types = actions.map((action) => action.type).filter((type): type is string => !!type);
  const kycMissing = preview.requiresKycVerification === true && preview.hasKycOnFile !== true;
  if (kycMissing && !types.includes(kycType)) types.push(kycType);
  if (types.length === 0) return { kind: 'none' };
  const handoff = handoffLink(
    { combinedSigningUrl: preview.signingHandoff?.combinedSigningUrl, items: actions },
    { returnUrl: options.returnUrl, isAllowed: options.isAllowed },
  );
  const kind = types.includes(kycType)
    ? 'kyc'
    : types.every((type) => contractTypes.includes(type))
      ? 'contracts'
      : 'other';
  return { kind, types, handoff: handoff && kind === 'kyc' ? { ...handoff, kind: 'kyc' } : handoff };
}
