// Puts a case's timeline in the order things happened: Debitura does not promise an order.
import type { TimelineItemDto } from '../../../wire/case-resources.js';
import { parseDebituraInstant } from '../../format/date.js';

/** Oldest first. Entries without a readable date keep their place relative to each other, after dated ones. */
export function orderTimeline(items: readonly TimelineItemDto[] | null | undefined): TimelineItemDto[] {
  return (items ?? [])
    .map((item, index) => ({
      item,
      index,
      time: item.date ? (parseDebituraInstant(item.date)?.getTime() ?? null) : null,
    }))
    .sort((a, b) => {
      if (a.time === null || b.time === null) return a.time === b.time ? a.index - b.index : a.time === null ? 1 : -1;
      return a.time - b.time || a.index - b.index;
    })
    .map(({ item }) => item);
}
