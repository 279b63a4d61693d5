// The filtered transactions as a CSV file for a spreadsheet or an accounting import: one header row in the
// reader's language, amounts as plain numbers with a dot (what every import reads), dates as YYYY-MM-DD. Cells
// are quoted when they must be (RFC 4180), and a text cell that a spreadsheet would run as a formula starts
// with an apostrophe: a debtor named "=HYPERLINK(…)" stays a name.
import { revenueStageOf, type TransactionItem } from '../../../wire/referral-reporting.js';

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

const formulaStart = /^[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((column) => cell(column.header))];
  for (const row of rows) lines.push(columns.map((column) => cell(column.value(row))));
  return lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

/** The column headers, from the console's catalogue. */
export interface TransactionCsvHeaders {
  date: string;
  transactionId: string;
  tenantId: string;
  client: string;
  caseReference: string;
  debtor: string;
  paymentAmount: string;
  paymentCurrency: string;
  referralFeePercentage: string;
  referralFee: string;
  referralFeeUsd: string;
  estimate: string;
  stage: string;
  commissionPaymentStatus: string;
  platformInvoicingStatus: string;
  referralInvoicingStatus: string;
}

export function transactionCsvColumns(headers: TransactionCsvHeaders): CsvColumn<TransactionItem>[] {
  return [
    { header: headers.date, value: (row) => row.date?.slice(0, 10) },
    { header: headers.transactionId, value: (row) => row.transactionId },
    { header: headers.tenantId, value: (row) => row.client?.externalTenantId },
    { header: headers.client, value: (row) => row.client?.companyName },
    { header: headers.caseReference, value: (row) => row.case?.caseReference },
    { header: headers.debtor, value: (row) => row.case?.debtorName },
    { header: headers.paymentAmount, value: (row) => row.payment?.amount },
    { header: headers.paymentCurrency, value: (row) => row.payment?.currency },
    { header: headers.referralFeePercentage, value: (row) => row.earnings?.referralFeePercentage },
    { header: headers.referralFee, value: (row) => row.earnings?.referralFeeAmount },
    { header: headers.referralFeeUsd, value: (row) => row.earnings?.referralFeeAmountUsd },
    { header: headers.estimate, value: (row) => row.earnings?.isEstimate },
    { header: headers.stage, value: (row) => revenueStageOf(row.status) },
    { header: headers.commissionPaymentStatus, value: (row) => row.status?.commissionPaymentStatus },
    { header: headers.platformInvoicingStatus, value: (row) => row.status?.platformInvoicingStatus },
    { header: headers.referralInvoicingStatus, value: (row) => row.status?.referralInvoicingStatus },
  ];
}
