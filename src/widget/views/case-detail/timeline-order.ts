// Puts a case's timeline in the order things happened and gives each entry a readable kind. Debitura does not
// promise an order, and its `type` vocabulary is unpublished, so unknown types are turned into words.
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

/**
 * The label for a timeline `type`: the catalogue's wording when it knows the type, otherwise the type split
 * into words ("PaymentReceived" and "payment_received" both read "Payment received").
 */
export function timelineTypeLabel(type: string | null | undefined, known: Readonly<Record<string, string>>): string {
  if (!type) return '';
  const key = type.replace(/[\s_-]+/g, '').toLowerCase();
  for (const [name, label] of Object.entries(known)) {
    if (name.toLowerCase() === key) return label;
  }
  const words = type
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
