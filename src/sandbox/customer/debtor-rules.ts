// Rules every debtor meets, shared by POST /cases and both previews: debtor type, country, US state.
import type { DebtorType } from '../../wire/index.js';
import type { FieldErrors } from './field-errors.js';
import { countryCodeByName, isoCountryCode } from './iso-countries.js';
import { usStateCode } from './us-states.js';

/**
 * The debtor type of a case, case-insensitively, stored as "Company" or "Private". POST /cases also takes
 * "Person" (REFERENCE §3.1 CONFLICT: its DebtorDto documents "Company" or "Person", Debitura's validator
 * "Private"); the preview's PreviewDebtorDto documents "Company" or "Private" only, so `preview` refuses "Person".
 */
export function debtorTypeOf(input: string, options: { preview?: boolean } = {}): DebtorType | undefined {
  const lower = input.trim().toLowerCase();
  if (lower === 'company') return 'Company';
  if (lower === 'private' || (lower === 'person' && !options.preview)) return 'Private';
  return undefined;
}

export interface DebtorLocationInput {
  countryAlpha2?: string | null | undefined;
  country?: string | null | undefined;
  stateAlpha2?: string | null | undefined;
}

export interface DebtorLocation {
  countryAlpha2: string;
  /** Two-letter state code for US debtors, null elsewhere. */
  stateAlpha2: string | null;
}

/**
 * Resolves the debtor's country (`countryAlpha2` wins over the English `country` name) and, for US
 * debtors, the state. REFERENCE §3.1 CONFLICT: the free-text `state` does not satisfy the US rule; the
 * spec says it is ignored for US debtors.
 */
export function resolveDebtorLocation(
  input: DebtorLocationInput,
  errors: FieldErrors,
  prefix = 'debtor',
): DebtorLocation | undefined {
  let countryAlpha2: string | undefined;
  if (input.countryAlpha2) {
    countryAlpha2 = isoCountryCode(input.countryAlpha2);
    if (!countryAlpha2) errors.add(`${prefix}.countryAlpha2`, `Invalid country code: ${input.countryAlpha2}`);
  } else if (input.country) {
    countryAlpha2 = countryCodeByName(input.country);
    if (!countryAlpha2) errors.add(`${prefix}.country`, `Unknown country: ${input.country}`);
  } else {
    errors.add(`${prefix}.countryAlpha2`, 'The debtor country (countryAlpha2 or country) is required.');
  }
  if (!countryAlpha2) return undefined;
  if (countryAlpha2 !== 'US') return { countryAlpha2, stateAlpha2: null };

  if (!input.stateAlpha2) {
    errors.add(`${prefix}.stateAlpha2`, 'A state code (stateAlpha2) is required for US debtors.');
    return undefined;
  }
  const stateAlpha2 = usStateCode(input.stateAlpha2);
  if (!stateAlpha2) {
    errors.add(`${prefix}.stateAlpha2`, `Invalid US state: ${input.stateAlpha2}`);
    return undefined;
  }
  return { countryAlpha2, stateAlpha2 };
}
