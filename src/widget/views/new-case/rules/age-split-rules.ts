// Debitura's rules for splitting the amount by age (CreateCollectionCaseRequestApiViewModel): the amounts over
// 12 and over 24 months come together; over 6 only with both; each bucket holds the older ones
// (6 ≥ 12 ≥ 24); none exceeds the total.

export interface AgeSplitAmounts {
  total: number;
  over6: number | null;
  over12: number | null;
  over24: number | null;
}

export type AgeBucket = 'over6' | 'over12' | 'over24';

export type AgeSplitProblem =
  /** Over 6 was given without both over 12 and over 24. */
  | 'over6NeedsOlder'
  /** Only one of over 12 and over 24 was given. */
  | 'pairNeeded'
  | 'over6BelowOver12'
  | 'over12BelowOver24'
  | 'aboveTotal';

/** The first problem of each bucket, if any. Empty buckets are null. */
export function ageSplitProblems(amounts: AgeSplitAmounts): Partial<Record<AgeBucket, AgeSplitProblem>> {
  const { total, over6, over12, over24 } = amounts;
  const problems: Partial<Record<AgeBucket, AgeSplitProblem>> = {};
  const flag = (bucket: AgeBucket, problem: AgeSplitProblem) => {
    problems[bucket] ??= problem;
  };

  for (const bucket of ['over6', 'over12', 'over24'] as const) {
    const value = amounts[bucket];
    if (value !== null && value > total) flag(bucket, 'aboveTotal');
  }
  if (over12 !== null && over24 === null) flag('over24', 'pairNeeded');
  if (over24 !== null && over12 === null) flag('over12', 'pairNeeded');
  if (over6 !== null && (over12 === null || over24 === null)) flag('over6', 'over6NeedsOlder');
  if (over6 !== null && over12 !== null && over6 < over12) flag('over6', 'over6BelowOver12');
  if (over12 !== null && over24 !== null && over12 < over24) flag('over12', 'over12BelowOver24');
  return problems;
}
