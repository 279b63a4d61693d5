// GET /Payments (Customer API): every payment on the creditor's account, across all cases, one page at a time.
// Each is the same PaymentDto as a case's own payments, with `invoice` naming its case.
import { array, object } from 'zod/mini';
import type * as z from 'zod/mini';
import { PaymentDto } from './case-resources.js';
import { PageData } from './case-list.js';
import { optNull } from './formats.js';

export const PaymentListApiDTO = object({
  page: PageData,
  payments: optNull(array(PaymentDto)),
});
export type PaymentListApiDTO = z.infer<typeof PaymentListApiDTO>;

/** Query of GET /Payments, names as the spec spells them: PageSize defaults to 10, at most 100. */
export interface PaymentListQuery {
  Page?: number;
  PageSize?: number;
}
