// The <debitura-partner-console> element: the partner's own staff see the partnership's linked clients, its
// cases across every client, what it earned and from whom, and its webhook subscriptions. It talks to the
// partner's Referral API proxy (`createReferralApiProxy` in debitura-collect/server), never to Debitura: the API
// key stays on the partner's server, and the partner's code decides who may use the console.
import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cache } from 'lit/directives/cache.js';
import { parseEnvironment, type DebituraEnvironment } from '../widget/api/api-base-url.js';
import { DebituraErrorEvent } from '../widget/events/debitura-events.js';
import { isAllowedHandoffUrl } from '../widget/handoff/handoff-url.js';
import { en } from '../widget/i18n/en/index.js';
import { resolveElementLocale } from '../widget/i18n/resolve-locale.js';
import { sharedStyles } from '../widget/styles/shared-styles.js';
import { themeStyles } from '../widget/styles/theme-styles.js';
import { ReferralConsoleClient } from './api/referral-console-client.js';
import type { ConsoleContext } from './console-context.js';
import { consoleEn } from './i18n/en.js';
import { loadConsoleMessages, type ConsoleTexts } from './i18n/load-console-messages.js';
import { consoleViews, type ConsoleView } from './console-views.js';
import './views/clients/clients-view.js';
import './views/cases/cases-view.js';
import './views/revenue/revenue-view.js';
import './views/webhooks/webhooks-view.js';

export type ConsoleTheme = 'light' | 'dark' | 'auto';

/**
 * The partner's back office for its Debitura partnership: every linked client with its onboarding, attribution,
 * KYC, cases and earnings, and a client's detail with the onboarding link to send, withdrawal, KYC submission
 * and (test environment) reset; the cases across all
 * clients, each with its potential revenue (collection partner's fee, Debitura's share, the referral fee); the revenue the
 * partnership earned: referral fees from pending to paid, by month and by client, with a CSV export; and the
 * webhook subscriptions: create, change events, pause and resume, rotate the secret, delete, send a test event.
 * Actions that change something pass only when the partner enables them in the proxy (`enable`); otherwise the
 * console says the action is not enabled.
 *
 * It calls the partner's Referral API proxy at `api-base` (mount `createReferralApiProxy` from
 * `debitura-collect/server` there) with the page's cookies and an `X-Requested-With` header; the proxy's
 * `authorize` decides who may use it, and a refusal shows as "You may not use the partner console".
 *
 * @summary Partner staff console for Debitura referral partners.
 * @tag debitura-partner-console
 *
 * @attr api-base - URL of the partner's Referral API proxy, e.g. `/api/debitura/referral` (required).
 * @attr view - The section shown: `clients` (default), `cases` (every client's cases, each with the revenue it
 *   could bring), `revenue` (referral fees by stage, month and client, the
 *   transactions behind them and their CSV export) or `webhooks` (subscriptions and their delivery health).
 * @attr environment - `production` (default), `test` or `sandbox`: which Debitura the proxy talks to. In `test`
 *   and `sandbox` the console offers test-only actions (test webhook events); in `sandbox` the sandbox on the
 *   proxy's origin counts as Debitura for the links it hands back.
 * @attr locale - BCP 47 language tag (`en`, `da`, `de`…); defaults to the nearest `lang`, then the browser's language.
 * @attr theme - `light` (default), `dark`, or `auto` (follows the operating system).
 *
 * @fires {DebituraErrorEvent} debitura-error - A section could not be loaded (shown with a retry), or an action
 *   failed (shown where it was asked for; a 403 `operation_disabled` when the partner has not enabled it).
 *
 * @cssprop --debitura-primary - Buttons, links, the current section.
 * @cssprop --debitura-on-primary - Text on primary.
 * @cssprop --debitura-surface - Background.
 * @cssprop --debitura-surface-raised - Background of figures, panels and loading rows.
 * @cssprop --debitura-text - Body text.
 * @cssprop --debitura-muted - Secondary text.
 * @cssprop --debitura-border - Borders of fields, tables and panels.
 * @cssprop --debitura-danger - Errors.
 * @cssprop --debitura-danger-surface - Background of error alerts.
 * @cssprop --debitura-success - Success.
 * @cssprop --debitura-success-surface - Background of success alerts.
 * @cssprop --debitura-warning - Warnings.
 * @cssprop --debitura-warning-surface - Background of warning alerts.
 * @cssprop --debitura-info-surface - Background of information alerts.
 * @cssprop --debitura-focus-ring - Focus outline colour.
 * @cssprop --debitura-font-family - Font family.
 * @cssprop --debitura-font-size - Base font size (default `1rem`).
 * @cssprop --debitura-radius - Corner radius.
 * @cssprop --debitura-spacing - Spacing unit (default `0.5rem`).
 * @cssprop --debitura-status-pending-bg - Background of the status badge of waiting cases.
 * @cssprop --debitura-status-pending-fg - Text of the status badge of waiting cases.
 * @cssprop --debitura-status-action-bg - Background of the status badge of cases that need the creditor.
 * @cssprop --debitura-status-action-fg - Text of the status badge of cases that need the creditor.
 * @cssprop --debitura-status-active-bg - Background of the status badge of cases in collection.
 * @cssprop --debitura-status-active-fg - Text of the status badge of cases in collection.
 * @cssprop --debitura-status-paused-bg - Background of the status badge of paused cases.
 * @cssprop --debitura-status-paused-fg - Text of the status badge of paused cases.
 * @cssprop --debitura-status-recovered-bg - Background of the status badge of cases closed with money recovered.
 * @cssprop --debitura-status-recovered-fg - Text of the status badge of cases closed with money recovered.
 * @cssprop --debitura-status-closed-bg - Background of the status badge of other closed cases.
 * @cssprop --debitura-status-closed-fg - Text of the status badge of other closed cases.
 *
 * @csspart base - The console's outer box.
 * @csspart header - The header with the title and the section navigation.
 * @csspart title - The heading.
 * @csspart nav - The section navigation.
 * @csspart body - The area below the header.
 * @csspart alert - The shell's error box.
 */
export class DebituraPartnerConsole extends LitElement {
  static override styles = [
    themeStyles,
    sharedStyles,
    css`
      :host {
        display: block;
        font-family: var(--_font-family);
        font-size: var(--_font-size);
        line-height: 1.5;
        color: var(--_text);
        background: var(--_surface);
        border-radius: var(--_radius);
      }
      :host([hidden]) {
        display: none;
      }
      .console {
        display: grid;
        gap: calc(var(--_space) * 2);
        padding: calc(var(--_space) * 2);
      }
      .header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--_space);
        padding-block-end: var(--_space);
        border-block-end: 1px solid var(--_border);
      }
      .title {
        margin: 0;
        font-size: 1.25em;
        line-height: 1.3;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) * 0.5);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .loading {
        display: flex;
        align-items: center;
        gap: var(--_space);
        min-height: 6rem;
        margin: 0;
        color: var(--_muted);
      }
      nav .button[aria-current='page'] {
        background: var(--_primary);
        color: var(--_on-primary);
      }
    `,
  ];

  @property({ attribute: 'api-base' }) apiBase: string | null = null;
  @property({ reflect: true }) view: ConsoleView = 'clients';
  @property() environment: DebituraEnvironment = 'production';
  @property() locale: string | null = null;
  @property({ reflect: true }) theme: ConsoleTheme = 'light';

  @state() private texts: ConsoleTexts = { messages: en, text: consoleEn };
  @state() private textsReady = false;

  #formatLocale = 'en';
  #client: ReferralConsoleClient | null = null;
  #context: ConsoleContext | null = null;
  #reportedMissingBase = false;
  /** The `locale` the texts were resolved from, and the catalogue language asked for last. */
  #textsFor: string | null | undefined = undefined;
  #language = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resolveTexts();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Also before the first update: a framework may set `locale` just after appending the element.
    if (changed.has('locale') && this.locale !== this.#textsFor) this.#resolveTexts();
  }

  protected override updated(): void {
    if (!this.apiBase && !this.#reportedMissingBase) {
      this.#reportedMissingBase = true;
      this.dispatchEvent(
        new DebituraErrorEvent({
          type: 'configuration_error',
          message: 'Set the api-base attribute to the partner’s Referral API proxy.',
          recoverable: false,
        }),
      );
    }
  }

  protected override render(): TemplateResult {
    const text = this.texts.text;
    return html`
      <section
        class="console"
        part="base"
        aria-label=${text.shell.label}
        aria-busy=${this.textsReady ? 'false' : 'true'}
      >
        <header class="header" part="header">
          <h2 class="title" part="title">${text.shell.title}</h2>
          <nav part="nav" aria-label=${text.shell.nav}>
            <ul>
              ${consoleViews.map(
                (view) =>
                  html`<li>
                    <button
                      class="button button--secondary"
                      type="button"
                      aria-current=${view === this.#view() ? 'page' : 'false'}
                      @click=${() => this.#show(view)}
                    >
                      ${text.shell.views[view]}
                    </button>
                  </li>`,
              )}
            </ul>
          </nav>
        </header>
        <div class="body" part="body">${this.#renderBody()}</div>
      </section>
    `;
  }

  #renderBody(): unknown {
    const text = this.texts.text;
    if (!this.apiBase) {
      return html`<div class="alert alert--danger" part="alert" role="alert">
        <h3 class="alert__title">${text.shell.notConfigured.title}</h3>
        <p>${text.shell.notConfigured.body}</p>
      </div>`;
    }
    if (!this.textsReady) {
      return html`<p class="loading" role="status">
        <span class="spinner" aria-hidden="true"></span> ${text.shell.loading}
      </p>`;
    }
    const context = this.#consoleContext();
    // Each section keeps its search, filters and page while another is shown.
    return cache(this.#renderView(context));
  }

  #renderView(context: ConsoleContext): TemplateResult {
    switch (this.#view()) {
      case 'clients':
        return html`<debitura-console-clients .context=${context}></debitura-console-clients>`;
      case 'cases':
        return html`<debitura-console-cases .context=${context}></debitura-console-cases>`;
      case 'revenue':
        return html`<debitura-console-revenue .context=${context}></debitura-console-revenue>`;
      case 'webhooks':
        return html`<debitura-console-webhooks .context=${context}></debitura-console-webhooks>`;
    }
  }

  #show(view: ConsoleView): void {
    if (view === this.view) return;
    this.view = view;
  }

  #view(): ConsoleView {
    return consoleViews.find((view) => view === this.view) ?? 'clients';
  }

  #resolveTexts(): void {
    this.#textsFor = this.locale;
    const resolved = resolveElementLocale(this, this.locale);
    this.#formatLocale = resolved.locale;
    this.#language = resolved.language;
    void loadConsoleMessages(resolved.language)
      .catch(() => ({ messages: en, text: consoleEn }))
      .then((texts) => {
        // A slower load of a language asked for earlier must not replace the one asked for last.
        if (this.#language !== resolved.language) return;
        this.texts = texts;
        this.textsReady = true;
      });
  }

  #baseUrl(): string {
    const origin = globalThis.location?.origin ?? 'http://localhost';
    return new URL(this.apiBase ?? '', origin + '/').href.replace(/\/+$/, '');
  }

  /** The same object until something a view depends on changes, so views are not updated for nothing. */
  #consoleContext(): ConsoleContext {
    const baseUrl = this.#baseUrl();
    if (!this.#client || this.#client.baseUrl !== baseUrl) {
      this.#client = new ReferralConsoleClient({ baseUrl, language: () => this.#formatLocale });
    }
    const environment = parseEnvironment(this.environment);
    const previous = this.#context;
    if (
      previous &&
      previous.client === this.#client &&
      previous.messages === this.texts.messages &&
      previous.text === this.texts.text &&
      previous.locale === this.#formatLocale &&
      previous.environment === environment
    ) {
      return previous;
    }
    const sandboxOrigin = environment === 'sandbox' ? new URL(baseUrl).origin : null;
    this.#context = {
      client: this.#client,
      messages: this.texts.messages,
      text: this.texts.text,
      locale: this.#formatLocale,
      environment,
      isAllowedHandoffUrl: (url) => isAllowedHandoffUrl(url, environment, sandboxOrigin),
    };
    return this.#context;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'debitura-partner-console': DebituraPartnerConsole;
  }
}
