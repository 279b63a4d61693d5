// Debitura's codes in the widget's words, with the code itself made readable when the catalogue lacks it.
/**
 * The label for a code Debitura sends (timeline type, payment method, resolution area): the catalogue's wording
 * when it knows the code, otherwise the code split into words ("PaymentReceived" and "payment_received" both
 * read "Payment received").
 */
export function codeLabel(type: string | null | undefined, known: Readonly<Record<string, string>>): string {
  if (!type) return '';
  const key = codeKey(type);
  for (const [name, label] of Object.entries(known)) {
    if (codeKey(name) === key) return label;
  }
  const words = type
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A code compared without case, spaces, dashes or underscores ("Bank transfer" is "bank_transfer"). */
export function codeKey(code: string): string {
  return code.replace(/[\s_-]+/g, '').toLowerCase();
}
