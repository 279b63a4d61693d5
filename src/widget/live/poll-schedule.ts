// How long to wait before asking Debitura again: soon after something changed, less and less often while nothing
// does, never more than two minutes apart.

export interface PollSchedule {
  initialMs: number;
  factor: number;
  maxMs: number;
}

export const defaultPollSchedule: PollSchedule = { initialMs: 15_000, factor: 1.5, maxMs: 120_000 };

/** The next wait: back to the start after a change, otherwise the last wait stretched, up to the cap. */
export function nextPollDelay(
  previousMs: number | null,
  changed: boolean,
  schedule: PollSchedule = defaultPollSchedule,
): number {
  if (changed || previousMs === null) return schedule.initialMs;
  return Math.min(Math.round(previousMs * schedule.factor), schedule.maxMs);
}
