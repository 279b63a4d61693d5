// The debtor id behind Customer GET /cases?DebtorIds=… Debitura keeps debtors as records of their own, but
// no answer of the Customer API shows their ids. The sandbox derives one per creditor and debtor (name and
// country, ignoring case and spacing), so the filter behaves as on Debitura: the cases of that debtor, and
// nothing for an id that names no debtor of this creditor.
import { createHash } from 'node:crypto';
import type { InvoiceDto } from '../../wire/index.js';

export function debtorIdOf(invoice: InvoiceDto): string | undefined {
  const creditorId = invoice.creditor?.id;
  const name = invoice.debtor?.name?.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!creditorId || !name) return undefined;
  const country = invoice.debtor?.countryAlpha2?.toUpperCase() ?? '';
  const hex = createHash('sha1').update(`debtor:${creditorId.toLowerCase()}:${country}:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
