// Step 3: the case is with Debitura. Shows the references a finance user files and quotes to support.
import { html, nothing, type TemplateResult } from 'lit';
import type { HandoffLink } from '../../handoff/handoff-link.js';
import { formatMoney } from '../../format/money.js';
import type { Messages } from '../../i18n/en/index.js';
import { statusLabel } from '../../i18n/status-label.js';
import { statusFamily } from '../../status/lifecycle-family.js';
import type { InvoiceDto } from '../../../wire/case.js';
import { handoffNotice } from './problem-panel.js';

export interface SuccessStepProps {
  messages: Messages;
  locale: string;
  created: InvoiceDto;
  /** Contracts still to sign (sent with pending contracts), if any. */
  handoff: HandoffLink | null;
  handoffHandledByHost: boolean;
  /** The widget looks again for the signature while the hand-off is open. */
  watching: boolean;
  /** The contracts were signed while this screen was open. */
  signed: boolean;
  onCreateAnother: () => void;
  /** Opens the new case's detail view. */
  onViewCase: () => void;
}

export function renderSuccessStep(props: SuccessStepProps): TemplateResult {
  const { messages, created, locale } = props;
  const m = messages.newCase.success;
  const amount = created.grossAmount ?? created.remainder;
  return html`
    <section class="step">
      <h3 class="step__heading" id="step-heading" tabindex="-1">${messages.newCase.steps.success}</h3>
      <div class="alert alert--success"><p>${m.body}</p></div>
      <dl class="summary">
        <dt>${m.reference}</dt>
        <dd><strong class="case-reference">${created.reference ?? '–'}</strong></dd>
        ${
          created.creditorReference
            ? html`<dt>${m.yourReference}</dt>
                <dd>${created.creditorReference}</dd>`
            : nothing
        }
        ${
          amount !== undefined
            ? html`<dt>${m.amount}</dt>
                <dd>${formatMoney(amount, created.currency, locale)}</dd>`
            : nothing
        }
        <dt>${m.status}</dt>
        <dd>
          <span class="badge" data-family=${statusFamily(created.lifecycle, created.closeCode)}
            >${statusLabel(messages, created.lifecycle)}</span
          >
        </dd>
      </dl>
      ${
        props.handoff
          ? html`<div class="alert alert--warning">
              <p>${m.signingNeeded}</p>
              ${handoffNotice(messages, props.handoff, {
                handledByHost: props.handoffHandledByHost,
                handledText: m.signingHandled,
                secondary: !!created.id,
              })}
              ${props.watching ? html`<p class="quiet">${m.signingWatching}</p>` : nothing}
            </div>`
          : created.id && props.signed
            ? html`<div class="alert alert--success" role="status"><p>${m.signingDone}</p></div>`
            : nothing
      }
      <div class="actions">
        ${
          created.id
            ? html`<button class="button" type="button" @click=${props.onViewCase}>
                ${messages.newCase.actions.viewCase}
              </button>`
            : nothing
        }
        <button
          class=${created.id ? 'button button--secondary' : 'button'}
          type="button"
          @click=${props.onCreateAnother}
        >
          ${messages.newCase.actions.createAnother}
        </button>
      </div>
    </section>
  `;
}
