// The revenue summary as the console draws it: the seven stages of Debitura's revenue lifecycle in their order,
// each with its referral fees (USD) and number of transactions, and the total across them.
import {
  revenueBreakdownFields,
  transactionRevenueStages,
  type RevenueBreakdown,
  type TransactionRevenueStage,
} from '../../../wire/referral-reporting.js';
import { sumUsd } from './usd-sum.js';

export interface PipelineStage {
  stage: TransactionRevenueStage;
  referralFeeUsd: number;
  count: number;
}

export function pipelineOf(breakdown: RevenueBreakdown | null | undefined): PipelineStage[] {
  return transactionRevenueStages.map((stage) => {
    const [usdKey, countKey] = revenueBreakdownFields[stage];
    return { stage, referralFeeUsd: breakdown?.[usdKey] ?? 0, count: breakdown?.[countKey] ?? 0 };
  });
}

export function pipelineTotal(stages: readonly PipelineStage[]): { referralFeeUsd: number; count: number } {
  return {
    referralFeeUsd: sumUsd(stages.map((stage) => stage.referralFeeUsd)),
    count: stages.reduce((total, stage) => total + stage.count, 0),
  };
}
