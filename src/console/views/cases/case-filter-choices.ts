// The debtor countries and collection partners the cases section filters by, from Referral GET
// /referral-partner/filter-options (in Debitura's order, by name). An option without an id cannot be asked for,
// and one without a name cannot be told apart, so both are left out. A failure to load leaves the choices empty
// rather than failing the section: its cases still show.
import type { GetFilterOptionsResponse } from '../../../wire/referral-reporting.js';
import type { ReferralConsoleClient } from '../../api/referral-console-client.js';

export interface FilterChoice {
  /** What the list state holds and the query sends: a country's id as digits, a partner's uuid. */
  value: string;
  label: string;
}

export interface CaseFilterChoices {
  countries: FilterChoice[];
  partners: FilterChoice[];
}

function choicesOf(options: readonly { id?: number | string; name?: string | null }[] | null | undefined) {
  return (options ?? []).flatMap((option) =>
    option.id !== undefined && option.name ? [{ value: String(option.id), label: option.name }] : [],
  );
}

export function caseFilterChoicesOf(options: GetFilterOptionsResponse): CaseFilterChoices {
  return { countries: choicesOf(options.countries), partners: choicesOf(options.carveoutPartners) };
}

export async function loadCaseFilterChoices(
  client: ReferralConsoleClient,
  signal: AbortSignal,
): Promise<CaseFilterChoices> {
  return caseFilterChoicesOf(await client.filterOptions(signal));
}
