// A timeline entry in the widget's own words. Debitura writes an entry's title and description in English, so
// for the types the catalogue knows the widget says what happened itself, and takes from Debitura's text only
// the codes inside it (a lifecycle status, a close code, an amount with its currency), shown the way the rest
// of the widget shows them. Entries of a type the catalogue does not know keep Debitura's text as a fallback.
import {
  closeCodeLabels,
  lifecycleLabels,
  lifecycleStatuses,
  type LifecycleStatus,
} from '../../../wire/case-vocabulary.js';
import type { TimelineItemDto } from '../../../wire/case-resources.js';
import { formatMoney } from '../../format/money.js';
import type { CasesMessages } from '../../i18n/en/cases.js';
import type { Messages } from '../../i18n/en/index.js';
import { interpolate } from '../../i18n/interpolate.js';
import { closeCodeText } from './close-code.js';
import { codeKey, codeLabel } from './code-label.js';

export interface TimelineEntryText {
  /** What kind of thing happened. */
  kind: string;
  /** The particulars: the new status, the outcome, the amount; empty when the kind says it all. */
  detail: string;
}

/** The entry's type as the catalogue names it, or undefined when the catalogue does not know it. */
function knownType(type: string | null | undefined, known: Readonly<Record<string, string>>): string | undefined {
  if (!type) return undefined;
  const key = codeKey(type);
  return Object.keys(known).find((name) => codeKey(name) === key);
}

export function timelineEntryText(
  item: TimelineItemDto,
  messages: Messages,
  text: CasesMessages,
  locale: string,
): TimelineEntryText {
  const words = text.detail.timeline;
  const type = knownType(item.type, words.types);
  if (!type) {
    return {
      kind: item.title || codeLabel(item.type, {}),
      detail: item.description ?? '',
    };
  }
  const source = `${item.title ?? ''} ${item.description ?? ''}`;
  const closeCode = closeCodeIn(source);
  const status = statusIn(source);
  const amount = amountIn(source);
  let detail = '';
  if (closeCode && (type === 'CaseClosed' || type === 'StatusChanged')) {
    detail = interpolate(words.details.outcome, { outcome: closeCodeText(text, closeCode) });
  } else if (status && type === 'StatusChanged') {
    detail = interpolate(words.details.status, { status: messages.status[status] });
  } else if (amount && type === 'PaymentReceived') {
    detail = interpolate(words.details.payment, { amount: formatMoney(amount.value, amount.currency, locale) });
  } else if (amount && type === 'CaseCreated') {
    detail = interpolate(words.details.claim, { amount: formatMoney(amount.value, amount.currency, locale) });
  }
  return { kind: (words.types as Record<string, string>)[type]!, detail };
}

/** The longest lifecycle label or enum name in the text ("Pending Verification Internal", not "…Verification"). */
export function statusIn(source: string): LifecycleStatus | undefined {
  const lower = source.toLowerCase();
  let found: { status: LifecycleStatus; length: number } | undefined;
  for (const status of lifecycleStatuses) {
    for (const name of [lifecycleLabels[status], status]) {
      if (containsWord(lower, name.toLowerCase()) && (!found || name.length > found.length))
        found = { status, length: name.length };
    }
  }
  return found?.status;
}

/** The longest close code in the text ("Partially paid", not "Paid"). */
export function closeCodeIn(source: string): string | undefined {
  const lower = source.toLowerCase();
  return [...closeCodeLabels]
    .sort((a, b) => b.length - a.length)
    .find((code) => containsWord(lower, code.toLowerCase()));
}

/** An amount written the way Debitura writes it: "8292.55 EUR" (or "EUR 8292.55"). */
export function amountIn(source: string): { value: number; currency: string } | undefined {
  const after = /(?<![\d.])(\d+(?:\.\d{1,2})?)\s?([A-Z]{3})\b/.exec(source);
  if (after) return { value: Number(after[1]), currency: after[2]! };
  const before = /\b([A-Z]{3})\s?(\d+(?:\.\d{1,2})?)(?![\d.])/.exec(source);
  if (before) return { value: Number(before[2]), currency: before[1]! };
  return undefined;
}

function containsWord(text: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    const before = text.charAt(at - 1);
    const after = text.charAt(at + word.length);
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return true;
    from = at + 1;
  }
}
