// What the reader set in the payments view (the date range, the page), kept by <debitura-collect> so it outlives
// the view through a view switch, an error or a sign-out, as the case list's state does.
import { noDateRange, type DateRange } from './payment-ledger.js';

export class PaymentsViewMemory {
  range: DateRange = noDateRange;
  page = 1;
}
