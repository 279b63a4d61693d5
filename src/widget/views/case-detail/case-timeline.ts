// What happened on the case, oldest first, each entry saying what, when and who.
import { html, type TemplateResult } from 'lit';
import type { TimelineItemDto } from '../../../wire/case-resources.js';
import { formatDateTime } from '../../format/date.js';
import type { CasesMessages } from '../../i18n/en/cases.js';
import type { Messages } from '../../i18n/en/index.js';
import { interpolate } from '../../i18n/interpolate.js';
import { timelineEntryText } from './timeline-entry.js';
import { orderTimeline } from './timeline-order.js';

export function renderCaseTimeline(
  items: readonly TimelineItemDto[],
  messages: Messages,
  text: CasesMessages,
  locale: string,
): TemplateResult {
  const words = text.detail.timeline;
  const ordered = orderTimeline(items);
  const actorName = (item: TimelineItemDto) => {
    const actor = item.actor;
    if (!actor) return '';
    return actor.name || (actor.type ? ((words.actors as Record<string, string>)[actor.type] ?? actor.type) : '');
  };
  return html`
    <section>
      <h4 id="timeline-title">${words.heading}</h4>
      ${
        ordered.length === 0
          ? html`<p class="quiet">${words.empty}</p>`
          : html`<ol class="plain timeline">
              ${ordered.map((item) => {
                const actor = actorName(item);
                const entry = timelineEntryText(item, messages, text, locale);
                return html`<li>
                  <strong>${entry.kind}</strong>
                  <span class="timeline__meta">
                    <time datetime=${item.date ?? ''}>${formatDateTime(item.date, locale)}</time>${
                      actor ? ` · ${interpolate(words.by, { actor })}` : ''
                    }
                  </span>
                  ${entry.detail ? html`<span>${entry.detail}</span>` : ''}
                </li>`;
              })}
            </ol>`
      }
    </section>
  `;
}
