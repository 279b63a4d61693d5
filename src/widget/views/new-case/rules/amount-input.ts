// Reads an amount the way the user writes it in their locale: "1.250,50" in Danish, "1,250.50" in English,
// "1250.50" anywhere. A text input is used instead of type=number, which rejects the other convention silently.

const maxFractionDigits = 2;

/** The amount typed, or null when it is not a number with at most two decimals. Empty text is null too. */
export function parseAmountInput(text: string, locale: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f'’]/g, '');
  if (!compact || !/^[0-9.,]+$/.test(compact)) return null;
  const decimalSeparator = decimalSeparatorOf(compact, locale);
  const [whole = '', fraction, extra] = decimalSeparator ? compact.split(decimalSeparator) : [compact];
  if (extra !== undefined) return null;
  const groupSeparator =
    decimalSeparator === ',' ? '.' : decimalSeparator === '.' ? ',' : compact.includes('.') ? '.' : ',';
  if (!validGrouping(whole, groupSeparator)) return null;
  const digits = whole.split(groupSeparator).join('');
  if (fraction !== undefined && (fraction.length === 0 || fraction.length > maxFractionDigits || /\D/.test(fraction)))
    return null;
  if (!digits && fraction === undefined) return null;
  const value = Number(`${digits || '0'}.${fraction ?? '0'}`);
  return Number.isFinite(value) ? value : null;
}

/** Which of `.` and `,` is the decimal mark in this text, or null when it has none. */
function decimalSeparatorOf(text: string, locale: string): '.' | ',' | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const only = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (!only) return null;
  const occurrences = text.split(only).length - 1;
  if (occurrences > 1) return null; // "1.250.000" groups thousands
  const digitsAfter = text.length - text.indexOf(only) - 1;
  // "1,250" is ambiguous: the locale decides. Anything but three digits after the mark is a decimal part.
  if (digitsAfter !== 3) return only;
  return only === localeDecimalSeparator(locale) ? only : null;
}

function validGrouping(whole: string, groupSeparator: string): boolean {
  if (!whole.includes(groupSeparator)) return true;
  const [head = '', ...groups] = whole.split(groupSeparator);
  return /^\d{1,3}$/.test(head) && groups.every((group) => /^\d{3}$/.test(group));
}

function localeDecimalSeparator(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  } catch {
    return '.';
  }
}
