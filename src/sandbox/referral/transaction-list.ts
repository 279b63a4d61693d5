// Referral GET /reporting/transactions (REFERENCE §2.10): the partner's transactions filtered, sorted and paged,
// with the revenue summary. The summary counts every transaction the other filters select, whatever
// `RevenueStages` asks for (it drives the tab badges), exactly as the spec describes.
import {
  revenueBreakdownFields,
  transactionRevenueStages,
  type RevenueBreakdown,
  type TransactionRevenueStage,
  type TransactionsResponse,
} from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { parsePaging } from '../customer/case-list-query.js';
import { countryNumber } from '../customer/iso-countries.js';
import { pageOf } from '../customer/paging.js';
import { queryValue } from '../customer/query-params.js';
import { collectionPartnerOfCase } from './case-items.js';
import {
  booleanParam,
  dateParam,
  enumListParam,
  guidListParam,
  integerListParam,
  QueryError,
  sortParam,
} from './query-filters.js';
import { revenueTransactions, statusAxes, type RevenueTransaction } from './transactions.js';
import { roundMoney } from './revenue.js';

export type TransactionList = { ok: true; response: TransactionsResponse } | { ok: false; message: string };

type Filter = (transaction: RevenueTransaction) => boolean;

function revenueBreakdown(transactions: readonly RevenueTransaction[]): RevenueBreakdown {
  const breakdown: RevenueBreakdown = {};
  for (const stage of transactionRevenueStages) {
    const [amount, count] = revenueBreakdownFields[stage];
    const inStage = transactions.filter((transaction) => transaction.stage === stage);
    breakdown[amount] = roundMoney(inStage.reduce((sum, transaction) => sum + transaction.referralFeeAmountUsd, 0));
    breakdown[count] = inStage.length;
  }
  return breakdown;
}

function filtersOf(params: URLSearchParams): { filters: Filter[]; stages: Set<TransactionRevenueStage> | null } {
  const from = dateParam(params, 'FromDate', false);
  const to = dateParam(params, 'ToDate', true);
  const recognized = booleanParam(params, 'HasRecognizedRevenue');
  const commission = enumListParam(params, 'CommissionPaymentStatuses', statusAxes.CommissionPaymentStatuses);
  const platform = enumListParam(params, 'PlatformInvoicingStatuses', statusAxes.PlatformInvoicingStatuses);
  const referral = enumListParam(params, 'ReferralInvoicingStatuses', statusAxes.ReferralInvoicingStatuses);
  const stages = enumListParam(params, 'RevenueStages', transactionRevenueStages);
  const countries = integerListParam(params, 'CountryIds');
  const partners = guidListParam(params, 'CollectionPartnerIds');
  const externalTenantId = queryValue(params, 'ExternalTenantId');
  // Shorter searches are ignored, as the spec says.
  const searchText = queryValue(params, 'Search')?.toLowerCase();
  const search = searchText && searchText.length >= 2 ? searchText : undefined;
  const status = (transaction: RevenueTransaction) => transaction.item.status!;
  const filters: Filter[] = [
    (transaction) => from === undefined || transaction.collectedAt >= from,
    (transaction) => to === undefined || transaction.collectedAt <= to,
    (transaction) => !externalTenantId || transaction.source.tenant.externalTenantId === externalTenantId,
    (transaction) => recognized === undefined || transaction.item.recognition?.isRecognized === recognized,
    (transaction) => !commission || commission.has(status(transaction).commissionPaymentStatus as never),
    (transaction) => !platform || platform.has(status(transaction).platformInvoicingStatus as never),
    (transaction) => !referral || referral.has(status(transaction).referralInvoicingStatus as never),
    (transaction) => {
      if (!countries) return true;
      const alpha2 = transaction.source.stored.invoice.debtor?.countryAlpha2;
      return alpha2 ? countries.has(countryNumber(alpha2)) : false;
    },
    (transaction) => !partners || partners.has(collectionPartnerOfCase(transaction.source.stored)?.id ?? ''),
    (transaction) =>
      !search ||
      [transaction.item.case?.caseReference, transaction.item.client?.companyName].some((text) =>
        text?.toLowerCase().includes(search),
      ),
  ];
  return { filters, stages };
}

export function listTransactions(ctx: SandboxContext, params: URLSearchParams): TransactionList {
  const paging = parsePaging(params, 10);
  if (!paging.ok) return paging;
  let selection: ReturnType<typeof filtersOf>;
  try {
    selection = filtersOf(params);
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, message: error.message };
    throw error;
  }
  const matching = revenueTransactions(ctx).filter((transaction) =>
    selection.filters.every((filter) => filter(transaction)),
  );
  const listed = selection.stages
    ? matching.filter((transaction) => selection.stages!.has(transaction.stage))
    : matching;
  const sort = sortParam(params, ['collectionDate', 'amount'] as const, { field: 'collectionDate', direction: 'desc' });
  const sign = sort.direction === 'asc' ? 1 : -1;
  listed.sort(
    (a, b) =>
      sign * (sort.field === 'amount' ? a.amountUsd - b.amountUsd : a.collectedAt - b.collectedAt) ||
      (a.item.transactionId ?? '').localeCompare(b.item.transactionId ?? ''),
  );
  const { page, items } = pageOf(listed, paging.value.page, paging.value.pageSize);
  return {
    ok: true,
    response: {
      data: items.map((transaction) => transaction.item),
      page,
      summary: {
        revenue: revenueBreakdown(matching),
        totalDebituraRevenueUsd: roundMoney(
          matching.reduce((sum, transaction) => sum + transaction.debituraRevenueUsd, 0),
        ),
      },
    },
  };
}
