// How long each bar of a bar chart is: its value as a share of the largest, so the largest fills the track.

/** Each value as a share (0 to 1) of the largest; all 0 when none is above 0. Negative values draw as 0. */
export function barShares(values: readonly number[]): number[] {
  const largest = Math.max(0, ...values);
  return values.map((value) => (largest > 0 && value > 0 ? value / largest : 0));
}
