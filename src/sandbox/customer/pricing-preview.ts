// PricingPreviewDto for a jurisdiction: the partner's base rate plus the age surcharge.
import type { PricingPreviewDto } from '../../wire/index.js';
import type { CollectionPartner, Jurisdiction } from '../partners.js';
import type { AgeSurcharge } from './age-surcharge.js';

export function pricingPreview(
  jurisdiction: Jurisdiction,
  partner: CollectionPartner,
  surcharge: AgeSurcharge,
  currencyCode: string,
): PricingPreviewDto {
  const base = jurisdiction.baseSuccessFeePercentage;
  const total = Math.round((base + surcharge.points) * 100) / 100;
  const age = surcharge.points > 0 ? ` incl. ${surcharge.points} pp age surcharge` : '';
  return {
    baseSuccessFeePercentage: base,
    ageSurchargePercentage: surcharge.points,
    totalSuccessFeePercentage: total,
    currencyCode,
    pricingSource: 'Standard agreement',
    pricingSourceDescription: `${total}% success fee${age} — ${partner.name} standard rate for ${jurisdiction.name}`,
  };
}
