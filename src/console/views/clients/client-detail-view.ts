// One linked client (Referral GET /clients/{externalTenantId}): the company, its onboarding (with the link to
// send when it is unfinished), attribution, KYC, users, cases and earnings.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientCreatedResponse } from '../../../wire/referral.js';
import { LoadController } from '../../../widget/api/load-controller.js';
import { defineElement } from '../../../widget/define-element.js';
import { apiErrorEvent } from '../../../widget/events/api-error-event.js';
import { countryName } from '../../../widget/format/countries.js';
import { formatDate } from '../../../widget/format/date.js';
import { formatMoney, formatNumber } from '../../../widget/format/money.js';
import { interpolate } from '../../../widget/i18n/interpolate.js';
import { sharedStyles } from '../../../widget/styles/shared-styles.js';
import type { ConsoleContext } from '../../console-context.js';
import { consoleViewStyles } from '../../styles/console-view-styles.js';
import { copyText, type CopyOutcome } from '../copy-text.js';
import { renderLoadError, renderSkeleton } from '../load-states.js';
import { kycLabelOf } from './client-list-state.js';
import './client-actions-view.js';
import type { ClientChangedDetail } from './client-actions-view.js';

/** Asks the section to show its list again (`detail.notice`: what happened, e.g. a withdrawal); stays inside. */
export const consoleBackEventName = 'console-back';

/**
 * One linked client.
 *
 * @fires {DebituraErrorEvent} debitura-error - The client could not be loaded.
 */
export class ConsoleClientDetailView extends LitElement {
  static override styles = [sharedStyles, ...consoleViewStyles];

  @property({ attribute: false }) context: ConsoleContext | null = null;
  @property({ attribute: false }) externalTenantId: string | null = null;

  @state() private copyOutcome: CopyOutcome | null = null;

  readonly #client = new LoadController(this, {
    args: () =>
      this.context && this.externalTenantId ? ([this.context.client, this.externalTenantId] as const) : null,
    load: ([client, id], signal) => client.getClient(id, signal),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });

  protected override firstUpdated(): void {
    // The reader asked for this client: start reading at its heading.
    this.renderRoot.querySelector<HTMLElement>('.back')?.focus();
  }

  #back(notice?: string): void {
    this.dispatchEvent(new CustomEvent(consoleBackEventName, { detail: { notice } }));
  }

  /** An action changed the client: show it again, or, when it is gone, go back to the list and say why. */
  #onChanged(event: CustomEvent<ClientChangedDetail>): void {
    if (event.detail.gone) this.#back(event.detail.notice);
    else this.#client.refresh();
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context) return html``;
    const text = context.text.client;
    const load = this.#client.state;
    return html`
      <section class="view" aria-busy=${load.status === 'loading' ? 'true' : 'false'} aria-labelledby="client-title">
        <div>
          <button class="button button--quiet back" type="button" @click=${() => this.#back()}>${text.back}</button>
        </div>
        ${
          load.status === 'ready'
            ? this.#renderClient(load.value)
            : load.status === 'error'
              ? html`<h3 id="client-title">${this.externalTenantId}</h3>
                  ${renderLoadError(context, context.text.errors.loadFailed, load.error, () => this.#client.reload())}`
              : html`<h3 id="client-title" class="visually-hidden">${text.loading}</h3>
                  ${renderSkeleton(text.loading, 4, 2)}`
        }
      </section>
    `;
  }

  #renderClient(client: ClientCreatedResponse): TemplateResult {
    const context = this.context!;
    const text = context.text.client;
    const company = client.client;
    const address = [company?.address, [company?.zipCode, company?.city].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');
    const kyc = client.kycVerification;
    return html`
      <h3 id="client-title">${company?.companyName || context.text.clients.unnamed}</h3>
      <div class="panel">
        <h4>${text.details}</h4>
        <dl class="details">
          <dt>${text.tenantId}</dt>
          <dd>${client.externalTenantId}</dd>
          ${this.#detail(text.registrationNumber, company?.companyRegistrationNumber)}
          ${this.#detail(text.officeEmail, company?.officeEmail)} ${this.#detail(text.address, address)}
          ${this.#detail(text.country, company?.country ? countryName(company.country, context.locale) : null)}
          ${this.#detail(text.linked, formatDate(client.dateLinked, context.locale))}
          <dt>${text.attribution}</dt>
          <dd>${client.isAttributedClient ? text.attributed : text.linkedOnly}</dd>
          <dt>${text.kyc}</dt>
          <dd>
            ${context.text.clients.kyc[kycLabelOf(client.kycStatus)]}
            ${
              kyc?.dateCreated
                ? html`<span class="sub"
                    >${interpolate(text.kycSubmitted, { date: formatDate(kyc.dateCreated, context.locale) })}</span
                  >`
                : nothing
            }
          </dd>
        </dl>
      </div>
      ${this.#renderOnboarding(client)}
      <div class="panel">
        <h4>${text.stats}</h4>
        <dl class="details">
          <dt>${text.casesTotal}</dt>
          <dd>${formatNumber(client.caseStats?.casesTotal ?? 0, context.locale)}</dd>
          <dt>${text.casesClosed}</dt>
          <dd>${formatNumber(client.caseStats?.casesClosed ?? 0, context.locale)}</dd>
          <dt>${text.earnings}</dt>
          <dd>${formatMoney(client.caseStats?.earningsUsd ?? 0, 'USD', context.locale)}</dd>
        </dl>
      </div>
      <debitura-console-client-actions
        .context=${context}
        .client=${client}
        @console-client-changed=${(event: CustomEvent<ClientChangedDetail>) => this.#onChanged(event)}
      ></debitura-console-client-actions>
      <div class="panel">
        <h4>${text.users}</h4>
        ${
          client.users?.length
            ? html`<ul class="plain">
                ${client.users.map(
                  (user) =>
                    html`<li>
                      ${[user.firstName, user.lastName].filter(Boolean).join(' ')}
                      <span class="sub">${user.email}</span>
                    </li>`,
                )}
              </ul>`
            : html`<p class="quiet">${text.noUsers}</p>`
        }
      </div>
    `;
  }

  #detail(label: string, value: string | null | undefined): TemplateResult | typeof nothing {
    return value
      ? html`<dt>${label}</dt>
          <dd>${value}</dd>`
      : nothing;
  }

  #renderOnboarding(client: ClientCreatedResponse): TemplateResult {
    const context = this.context!;
    const text = context.text.client;
    const url = client.onboardingLinks?.url;
    const linkable = !client.onboardingDone && url && context.isAllowedHandoffUrl(url) ? url : null;
    return html`
      <div class="panel">
        <h4>${text.onboarding}</h4>
        <p>
          <span class="badge" data-family=${client.onboardingDone ? 'recovered' : 'action'}
            >${client.onboardingDone ? text.onboardingDone : text.onboardingPending}</span
          >
        </p>
        ${
          linkable
            ? html`
                <div class="field">
                  <label for="onboarding-link">${text.onboardingLink}</label>
                  <div class="copy-row">
                    <input
                      id="onboarding-link"
                      type="text"
                      readonly
                      .value=${linkable}
                      aria-describedby="onboarding-link-hint"
                    />
                    <button class="button button--secondary" type="button" @click=${() => void this.#copy(linkable)}>
                      ${context.text.common.copy}
                    </button>
                    <a class="button" href=${linkable} target="_blank" rel="noopener noreferrer"
                      >${text.openOnboarding}<span class="visually-hidden">
                        ${context.text.common.opensInNewTab}</span
                      ></a
                    >
                  </div>
                  <span class="field__hint" id="onboarding-link-hint">${text.onboardingLinkHint}</span>
                  <span class="field__hint" role="status"
                    >${
                      this.copyOutcome === 'copied'
                        ? context.text.common.copied
                        : this.copyOutcome === 'failed'
                          ? context.text.common.copyFailed
                          : ''
                    }</span
                  >
                </div>
              `
            : nothing
        }
      </div>
    `;
  }

  async #copy(value: string): Promise<void> {
    this.copyOutcome = await copyText(value);
  }
}

defineElement('debitura-console-client-detail', ConsoleClientDetailView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-console-client-detail': ConsoleClientDetailView;
  }
}
