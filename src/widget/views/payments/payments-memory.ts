// What the reader set in the payments view (the date range, the page), kept by <debitura-collect> so it outlives
// the view through a view switch, an error or a sign-out, as the case list's state does. Apart from the ledger,
// so the element that keeps it does not bring the ledger's code.

/** A date range as the two date fields give it: `YYYY-MM-DD` or empty, both ends included. */
export interface DateRange {
  from: string;
  to: string;
}

export const noDateRange: DateRange = { from: '', to: '' };

export class PaymentsViewMemory {
  range: DateRange = noDateRange;
  page = 1;
}
