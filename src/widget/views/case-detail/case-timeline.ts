// What happened on the case, oldest first, each entry saying what, when and who.
import { html, type TemplateResult } from 'lit';
import type { TimelineItemDto } from '../../../wire/case-resources.js';
import { formatDateTime } from '../../format/date.js';
import type { CasesMessages } from '../../i18n/en/cases.js';
import { interpolate } from '../../i18n/interpolate.js';
import { orderTimeline, timelineTypeLabel } from './timeline-order.js';

export function renderCaseTimeline(
  items: readonly TimelineItemDto[],
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
    <section aria-labelledby="timeline-title">
      <h4 id="timeline-title">${words.heading}</h4>
      ${
        ordered.length === 0
          ? html`<p class="quiet">${words.empty}</p>`
          : html`<ol class="plain timeline">
              ${ordered.map((item) => {
                const actor = actorName(item);
                const kind = timelineTypeLabel(item.type, words.types);
                return html`<li>
                  <strong>${item.title || kind}</strong>
                  <span class="timeline__meta">
                    ${kind && item.title ? `${kind} · ` : ''}<time datetime=${item.date ?? ''}
                      >${formatDateTime(item.date, locale)}</time
                    >${actor ? ` · ${interpolate(words.by, { actor })}` : ''}
                  </span>
                  ${item.description ? html`<span>${item.description}</span>` : ''}
                </li>`;
              })}
            </ol>`
      }
    </section>
  `;
}
