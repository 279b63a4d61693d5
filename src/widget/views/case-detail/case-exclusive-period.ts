// The exclusive collection period of a case: since when the partner has it, until when, how many days are left,
// and each debtor action that extended it.
import { html, nothing, type TemplateResult } from 'lit';
import type { ExclusivePeriodDto } from '../../../wire/exclusive-period.js';
import { formatDate } from '../../format/date.js';
import type { Messages } from '../../i18n/en/index.js';
import { interpolate } from '../../i18n/interpolate.js';
import { codeLabel } from './code-label.js';
import { exclusivePeriodFacts, formatDays } from './exclusive-period-facts.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { engagement } from '../../i18n/en/engagement.js';
// How the case detail loads the period, once this part has loaded.
export { loadExclusivePeriod } from './exclusive-period-facts.js';

// This view's English arrives with its code.
addEnglish({ engagement });

export function renderExclusivePeriod(
  period: ExclusivePeriodDto | null,
  messages: Messages,
  locale: string,
  now: Date,
): TemplateResult | typeof nothing {
  if (!period) return nothing;
  const words = messages.engagement.exclusive;
  const facts = exclusivePeriodFacts(period, now);
  const date = (value: string | null | undefined) => formatDate(value, locale);
  return html`
    <section class="exclusive">
      <h4 id="exclusive-title">${words.heading}</h4>
      <p class="quiet">${words.intro}</p>
      <dl class="facts">
        <div>
          <dt>${words.status}</dt>
          <dd data-field="status">${codeLabel(facts.status, words.statuses)}</dd>
        </div>
        <div>
          <dt>${words.started}</dt>
          <dd data-field="start">${date(facts.start)}</dd>
        </div>
        <div>
          <dt>${facts.running ? words.ends : words.ended}</dt>
          <dd data-field="end">${date(facts.end)}</dd>
        </div>
        ${
          facts.daysRemaining === null
            ? nothing
            : html`<div>
                <dt>${words.remaining}</dt>
                <dd data-field="remaining" class="amount">${formatDays(facts.daysRemaining, locale)}</dd>
              </div>`
        }
      </dl>
      <h5>${words.extensions}</h5>
      ${
        facts.extensions.length === 0
          ? html`<p class="quiet">${words.noExtensions}</p>`
          : html`<ol class="plain timeline exclusive__extensions">
              ${facts.extensions.map(
                (extension) =>
                  html`<li>
                    ${interpolate(words.extension, {
                      type: codeLabel(extension.type, words.extensionTypes),
                      date: date(extension.eventDate),
                      end: date(extension.newEndDate),
                    })}
                  </li>`,
              )}
            </ol>`
      }
    </section>
  `;
}
