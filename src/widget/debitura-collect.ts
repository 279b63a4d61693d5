// The <debitura-collect> element: token lifecycle, texts, the Customer API client, the current view and the case
// list's state. Views ask for navigation with the internal `debitura-navigate`; only those user moves become the
// public `debitura-view-change`. Its events are documented from events/public-events.ts, not from @fires here.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CreditorMeApiDTO } from '../wire/creditor-me.js';
import { customerApiBaseUrl, parseEnvironment, type DebituraEnvironment } from './api/api-base-url.js';
import { codeLoadErrorOf, toApiError } from './api/api-error.js';
import { CodeLoadError } from './code-load-error.js';
import type { CustomerApi } from './api/customer-api-client.js';
import { allowCustomerApiCode } from './api/customer-api-code.js';
import { CustomerApiOnDemand } from './api/customer-api-on-demand.js';
import { LoadController } from './api/load-controller.js';
import type { ActivationAnswer } from '../wire/activation.js';
import type { CaseDraft } from './views/new-case/rules/case-draft.js';
import { NewCaseFormMemory } from './views/new-case/rules/new-case-form-memory.js';
import { currencyOfCountry } from './views/new-case/rules/currencies.js';
import { isAllowedHandoffUrl } from './handoff/handoff-url.js';
import { debituraCollectStyles } from './debitura-collect.styles.js';
import { apiErrorText, tokenErrorText, type ErrorText } from './errors/error-text.js';
import { apiErrorEvent } from './events/api-error-event.js';
import {
  DebituraErrorEvent,
  DebituraReadyEvent,
  DebituraViewChangeEvent,
  type ViewChangeDetail,
  type WidgetView,
} from './events/debitura-events.js';
import type { Messages } from './i18n/en/index.js';
import { englishShell } from './i18n/en/shell.js';
import { interpolate } from './i18n/interpolate.js';
import { loadMessages } from './i18n/load-messages.js';
import { resolveElementLocale } from './i18n/resolve-locale.js';
import { mark, perfMarkNames } from './perf-marks.js';
import { brandHeaderColors, brandStyleText, isAllowedLogoUrl, warnAboutRefusedLogo } from './styles/partner-brand.js';
import { sharedStyles } from './styles/shared-styles.js';
import { themeStyles } from './styles/theme-styles.js';
import { TokenController } from './token/token-controller.js';
import type { TokenError } from './token/token-error.js';
import type { FetchToken, TokenSource } from './token/token-source.js';
import type { WidgetContext } from './widget-context.js';
import { ViewLoadController } from './views/view-load-controller.js';
import { contrastWarningChunkName, type ViewModule } from './views/view-chunks.js';
import { onDemand } from './views/on-demand.js';
import { isViewLoaded } from './views/view-modules.js';
import { PaymentsViewMemory } from './views/payments/payments-memory.js';
import {
  activationCompleteEventName,
  checkedActivation,
  endpointActivation,
  type FetchActivation,
} from './views/activation/activation-source.js';
import {
  caseListStatesEqual,
  defaultCaseListState,
  parseCaseListState,
  serializeCaseListState,
  type CaseListState,
} from './views/cases/case-list-state.js';
import { navigateEventName, type CaseSection, type NavigateDetail } from './views/navigate-event.js';

export type WidgetTheme = 'light' | 'dark' | 'auto';

/** The theme's contrast check: development builds only, so production pages never download it. */
const contrastWarning = onDemand(contrastWarningChunkName, () => import('./styles/contrast-warning.js'));

const widgetViews: readonly WidgetView[] = ['new-case', 'cases', 'case', 'tasks', 'payments', 'overview'];

/** Parts drawn inside the views' own shadow roots, forwarded so `debitura-collect::part(...)` reaches them. */
const viewParts = 'alert, status-badge, blocking, signing-link';

/**
 * Debitura debt collection inside a partner's product: the signed-in tenant submits and follows collection
 * cases without leaving the page.
 *
 * Tokens come from `token-endpoint` (POSTed with the page's cookies; answers `{accessToken, expiresIn}`) or from
 * the `fetchToken` property. They are kept in memory only, fetched as soon as the element connects, refreshed
 * before expiry and once after a 401, and shared by every widget on the page that uses the same source. A
 * refresh never re-renders the view, so nothing the user typed is lost.
 *
 * A signed-in tenant without a Debitura client link sees an activation screen instead of an error: what the
 * service is, the countries covered, and "Activate debt collection" for users the partner allows. The partner's
 * token endpoint creates the client from the partner's own records; Debitura's hosted onboarding (`202`) or
 * link approval (`409`) follows, announced with `debitura-action-required`, and the widget continues by itself
 * when the user comes back. With `fetchToken`, set `fetchActivation` to offer the same.
 *
 * @summary Debt collection widget for Debitura referral partners.
 * @tag debitura-collect
 *
 * @attr token-endpoint - URL of the partner's token endpoint.
 * @attr environment - `production` (default), `test` or `sandbox` (the local emulator under `/customer` on the page origin).
 * @attr api-base - The partner's Customer API proxy, e.g. `/api/debitura/customer`; overrides `environment`'s default. Calls to it carry the page's cookies (cross-origin too) and `X-Requested-With: debitura-collect`.
 * @attr view - `new-case` (default), `cases`, `case`, `tasks` (the creditor's open tasks across every case: what
 *   Debitura needs before a case can go ahead, most urgent first, with a reply or a link to Debitura's page for each),
 *   `payments` (the money recovered across every case, newest first: totals per currency for a date range, each
 *   payment linked to its case, with its detail), or `overview` (the account at a glance: open cases per status as
 *   a chart with its table, outstanding and recovered per currency, the tasks waiting, the latest events).
 * @attr case-id - The case shown by `view="case"`.
 * @attr case-url-pattern - The partner's URL of one case, with `{caseId}` where the case id goes (e.g.
 *   `/collections/cases/{caseId}`): case rows become links that open in a new tab and can be copied; a plain
 *   click still opens the case inside the widget. Without it, rows are buttons.
 * @attr locale - BCP 47 language tag (`en`, `da`, `de`…); defaults to the nearest `lang`, then the browser's language.
 * @attr return-url - Where Debitura's hosted signing and onboarding pages send the user back to.
 * @attr theme - `light` (default), `dark`, or `auto` (follows the operating system).
 * @attr label - Name of the widget's landmark, the one region it adds to the page (default "Debt collection" in the
 *   widget's language). Give each widget its own when a page shows several, e.g. `label="Collections for Acme"`.
 *
 * @prop {() => Promise<string | {accessToken: string, expiresIn: number}>} fetchToken - Supplies tokens
 *   instead of `token-endpoint`. A bare string is treated as valid for 5 minutes; `expiresIn` is in seconds.
 *   Throw a `TokenError('signed_out')` to show the sign-in-again message.
 * @prop {CaseDraft} draft - The invoice the partner already holds (`{debtor: {type, name, contactPerson,
 *   companyRegistrationNumber, address, zipCode, city, stateAlpha2, countryAlpha2, email, phone}, amountToRecover,
 *   currencyCode, date, dueDate, creditorReference, claimDescription, comments}`, Debitura's field names): the new-case form opens
 *   filled with it. Values a field cannot take are shown as errors at that field, parts without a field are
 *   listed; a new draft set after the user typed asks before replacing their text.
 * @prop {(intent: 'status' | 'activate') => Promise<ActivationAnswer>} fetchActivation - Activation for pages
 *   that use `fetchToken`: forward the intent to your server (e.g. POST `{intent}` to the token endpoint) and
 *   return its answer. With `token-endpoint` the widget asks the endpoint itself. Throw a `TokenError('not_linked')`
 *   from `fetchToken` to show the activation screen.
 *
 * @slot support - How to reach the partner's support, shown where activation cannot continue without it
 *   (the company is linked to another partner, its account is not a creditor, Debitura refused the partner's data)
 *   and where Debitura has blocked the creditor from sending cases.
 *
 * @cssprop --debitura-primary - Buttons, links, active states.
 * @cssprop --debitura-on-primary - Text on primary.
 * @cssprop --debitura-surface - Background.
 * @cssprop --debitura-surface-raised - Background of alerts and panels.
 * @cssprop --debitura-text - Body text.
 * @cssprop --debitura-muted - Secondary text.
 * @cssprop --debitura-border - Borders of fields and panels (keep 3:1 against the surface).
 * @cssprop --debitura-danger - Errors.
 * @cssprop --debitura-danger-surface - Background of error alerts.
 * @cssprop --debitura-success - Success.
 * @cssprop --debitura-success-surface - Background of success alerts.
 * @cssprop --debitura-warning - Warnings.
 * @cssprop --debitura-warning-surface - Background of warning alerts.
 * @cssprop --debitura-info-surface - Background of information alerts.
 * @cssprop --debitura-focus-ring - Focus outline colour.
 * @cssprop --debitura-font-family - Font family (default: the partner's Debitura branding font when the token endpoint sends one, else the system font).
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
 * @csspart base - The widget's outer box.
 * @csspart header - The header with title and company name; it takes the partner's Debitura colours when they
 *   are readable together (token endpoint `branding`), outside the dark theme.
 * @csspart logo - The partner's logo from its Debitura branding, when the token endpoint sends one.
 * @csspart title - The heading.
 * @csspart creditor - The "collecting for" line.
 * @csspart body - The area below the header.
 * @csspart alert - Error and notice boxes of the shell.
 * @csspart retry-button - The retry button of an error box.
 * @csspart status-badge - A case's lifecycle badge (list and detail).
 * @csspart blocking - The detail's "what is blocking this case" box.
 * @csspart signing-link - A link to one of Debitura's hosted signing pages.
 */
export class DebituraCollect extends LitElement {
  static override styles = [themeStyles, sharedStyles, debituraCollectStyles];

  @property({ attribute: 'token-endpoint' }) tokenEndpoint: string | null = null;
  @property({ attribute: false }) fetchToken: FetchToken | null = null;
  @property() environment: DebituraEnvironment = 'production';
  @property({ attribute: 'api-base' }) apiBase: string | null = null;
  @property({ reflect: true }) view: WidgetView = 'new-case';
  @property({ attribute: 'case-id' }) caseId: string | null = null;
  @property({ attribute: 'case-url-pattern' }) caseUrlPattern: string | null = null;
  @property() locale: string | null = null;
  @property({ attribute: 'return-url' }) returnUrl: string | null = null;
  @property({ reflect: true }) theme: WidgetTheme = 'light';
  @property() label: string | null = null;
  @property({ attribute: false }) draft: CaseDraft | null = null;
  @property({ attribute: false }) fetchActivation: FetchActivation | null = null;

  @state() private messages: Messages = englishShell;
  @state() private messagesReady = false;

  /** The case list's filters, search, sort, page and scroll, kept while the user looks at a case. */
  #listState: CaseListState = defaultCaseListState;

  /**
   * The case list's filters, search, sort and page in the flat form `debitura-view-change` reports as
   * `detail.state` (`statuses`, `query`, `sort`, `page`, `pageSize`; only what differs from the defaults).
   * Set it to restore the list from the partner's URL: strings as `URLSearchParams` gives them are fine,
   * `statuses` may be comma-separated, and anything unknown falls back to the default. Setting it fires no event.
   */
  get listState(): Record<string, string | number | string[]> {
    return serializeCaseListState(this.#listState);
  }

  set listState(value: Readonly<Record<string, unknown>> | null | undefined) {
    const next = parseCaseListState(value);
    if (caseListStatesEqual(next, this.#listState)) return;
    this.#listState = next;
    this.requestUpdate();
  }

  readonly #token = new TokenController(this, {
    source: () => this.#tokenSource(),
    onError: (error) => this.#reportTokenError(error),
  });
  /** The creditor the token acts for (/me), once there is a token; again for another API base. */
  readonly #account = new LoadController<readonly [CustomerApi], CreditorMeApiDTO>(this, {
    args: () => (this.#token.state.status === 'ready' ? [this.#apiClient()] : null),
    load: ([client], signal) => client.getMe(signal),
    onValue: (me) => this.#caseForm.preferCurrency(currencyOfCountry(me.country)),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });
  /** Each view's code, loaded when the view is first shown. */
  readonly #viewCode = new ViewLoadController(this, (view, error) => this.#reportViewLoadError(view, error));
  #client: CustomerApi | null = null;
  #clientKey = '';
  #context: WidgetContext | null = null;
  #brandSheet: CSSStyleSheet | null = null;
  #brandStyleText = '';
  #formatLocale = 'en';
  /** The catalogue language asked for last; a slower load of an earlier one must not replace it. */
  #language = '';
  /** The `locale` the texts were resolved from. */
  #messagesFor: string | null | undefined = undefined;
  #readyFired = false;
  /** The new-case form's values: kept here so they outlive the view through errors, sign-outs and view switches. */
  readonly #caseForm = new NewCaseFormMemory();
  /** The payments view's date range and page, kept here so they outlive the view. */
  readonly #paymentsMemory = new PaymentsViewMemory();
  #activation: { key: unknown; source: FetchActivation } | null = null;
  /** The part of the case the user asked to see (a task's Reply opens its messages); only for that navigation. */
  #caseSection: CaseSection | null = null;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Views ask for another view with a non-composed event, so it never leaves the shadow root.
    root.addEventListener(navigateEventName, this.#onNavigate as EventListener);
    root.addEventListener(activationCompleteEventName, this.#onActivated);
    return root;
  }

  override connectedCallback(): void {
    mark(perfMarkNames.connected);
    super.connectedCallback();
    this.#resolveMessages();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draft')) this.#caseForm.offer(this.draft);
    // Also before the first update: a framework may set `locale` just after appending the element.
    if (changed.has('locale') && this.locale !== this.#messagesFor) this.#resolveMessages();
  }

  protected override firstUpdated(): void {
    // Only Lit's development build keeps this registry of warnings, as it warns about its own misuse.
    if ((globalThis as { litIssuedWarnings?: unknown }).litIssuedWarnings) {
      contrastWarning.load().then(
        (check) => check.warnAboutLowContrast(this),
        () => {}, // a warning for developers that did not load is no reason to disturb the page
      );
    }
  }

  /** The partner's Debitura branding as a per-element stylesheet: CSP-safe, and below the partner's own CSS. */
  #applyBranding(): void {
    const logoUrl = this.#branding()?.logoUrl;
    if (logoUrl && !this.#isAllowedLogo(logoUrl)) warnAboutRefusedLogo(logoUrl);
    const text = brandStyleText(this.#branding());
    if (text === this.#brandStyleText) return;
    this.#brandStyleText = text;
    const root = this.renderRoot as ShadowRoot;
    if (!('adoptedStyleSheets' in root)) return;
    this.#brandSheet ??= new CSSStyleSheet();
    this.#brandSheet.replaceSync(text);
    if (!root.adoptedStyleSheets.includes(this.#brandSheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#brandSheet];
  }

  #isAllowedLogo(url: string): boolean {
    const environment = parseEnvironment(this.environment);
    return isAllowedLogoUrl(url, environment, this.#sandboxOrigin(environment));
  }

  /** Where the sandbox answers in sandbox mode: its hosted pages and assets are trusted there. */
  #sandboxOrigin(environment: DebituraEnvironment): string | null {
    return environment === 'sandbox' ? new URL(this.#apiClient().baseUrl).origin : null;
  }

  protected override updated(): void {
    this.#applyBranding();
    this.#allowApiCodeOnceDrawn();
    if (!this.#readyFired && this.#isReady()) {
      this.#readyFired = true;
      void this.#fireReadyWhenViewRendered();
    }
  }

  protected override render(): TemplateResult {
    const messages = this.messages;
    const company = this.#account.value?.companyName ?? null;
    const branding = this.#branding();
    const logoUrl = branding?.logoUrl && this.#isAllowedLogo(branding.logoUrl) ? branding.logoUrl : null;
    return html`
      <section
        class="widget"
        part="base"
        aria-label=${this.label?.trim() || messages.aria.widget}
        aria-busy=${this.#isLoading() ? 'true' : 'false'}
      >
        <header class="header ${brandHeaderColors(branding) ? 'header--branded' : ''}" part="header">
          <div class="brand">
            ${logoUrl ? html`<img class="logo" part="logo" src=${logoUrl} alt="" />` : nothing}
            <h2 class="title" part="title">${messages.header.title}</h2>
          </div>
          ${this.#renderCreditor(company)}
        </header>
        <div class="body" part="body">${this.#renderBody()}</div>
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const tokenState = this.#token.state;
    const activation = tokenState.status === 'error' ? this.#activationSource(tokenState.error) : null;
    if (tokenState.status === 'error' && activation) {
      return this.#renderActivation(activation, tokenState.error.activation ?? null);
    }
    const problem = this.#renderProblem();
    if (this.#formFirst()) return html`${problem}${this.#renderView()}`;
    if (problem !== nothing) return problem;
    // The list and the case show data only, so they wait for the token; the account (/me) loads beside them.
    if (tokenState.status !== 'ready') return this.#renderConnecting();
    return this.#renderView();
  }

  /**
   * The new-case form never waits for the network: it shows as soon as the texts are there, with the token and
   * the account loading beside it. What needs them (the price check, the "collecting for" line, the currency
   * from the account's country) fills in when they arrive, and a failure shows above the form, which keeps what
   * was typed. Without any token source the form could never be sent, so only the message shows then.
   */
  #formFirst(): boolean {
    const token = this.#token.state;
    const unconfigured = token.status === 'error' && token.error.reason === 'not_configured';
    return this.messagesReady && this.#view() === 'new-case' && !unconfigured;
  }

  /** A failed token or account load, with its retry; `nothing` when neither failed. */
  #renderProblem(): TemplateResult | typeof nothing {
    const messages = this.messages;
    const tokenState = this.#token.state;
    if (tokenState.status === 'error') {
      return this.#renderError(
        tokenErrorText(messages, tokenState.error),
        // Not configured and not linked are not fixed by asking again; everything else may be.
        tokenState.error.reason !== 'not_configured' && tokenState.error.reason !== 'not_linked',
        () => this.#token.retry(),
      );
    }
    const account = this.#account.state;
    if (account.status === 'error') {
      return this.#renderError(apiErrorText(messages, account.error), true, () => this.#account.reload());
    }
    return nothing;
  }

  #renderConnecting(): TemplateResult {
    return html`<div class="loading" role="status">
      <span class="spinner" aria-hidden="true"></span><span>${this.messages.loading.connecting}</span>
    </div>`;
  }

  /** "Collecting for …" once the account is known; while the form is already shown, a quiet note until then. */
  #renderCreditor(company: string | null): TemplateResult | typeof nothing {
    const messages = this.messages;
    if (company)
      return html`<p class="creditor" part="creditor">${interpolate(messages.header.creditor, { company })}</p>`;
    const waiting = this.#token.state.status === 'loading' || this.#account.state.status === 'loading';
    return this.#formFirst() && waiting
      ? html`<p class="creditor" part="creditor" role="status">${messages.loading.connecting}</p>`
      : nothing;
  }

  #renderView(): TemplateResult {
    const view = this.#view();
    const code = this.#renderViewCode(view);
    if (code) return code;
    const context = this.#widgetContext();
    switch (view) {
      case 'new-case':
        return html`<debitura-new-case exportparts=${viewParts} .context=${context} .form=${this.#caseForm}
          ><slot name="support" slot="support"></slot
        ></debitura-new-case>`;
      case 'cases':
        return html`<debitura-case-list
          exportparts=${viewParts}
          .context=${context}
          .listState=${this.#listState}
          .caseUrlPattern=${this.caseUrlPattern}
        ></debitura-case-list>`;
      case 'case':
        return html`<debitura-case-detail
          exportparts=${viewParts}
          .context=${context}
          .caseId=${this.caseId}
          .section=${this.#caseSection}
        ></debitura-case-detail>`;
      case 'tasks':
        return html`<debitura-tasks exportparts=${viewParts} .context=${context}></debitura-tasks>`;
      case 'payments':
        return html`<debitura-payments
          exportparts=${viewParts}
          .context=${context}
          .memory=${this.#paymentsMemory}
        ></debitura-payments>`;
      case 'overview':
        return html`<debitura-overview exportparts=${viewParts} .context=${context}></debitura-overview>`;
    }
  }

  #renderActivation(source: FetchActivation, initial: ActivationAnswer | null): TemplateResult {
    // Only tenants without a client link need the screen, so it loads when first shown.
    const code = this.#renderViewCode('activation');
    if (code) return code;
    const environment = parseEnvironment(this.environment);
    const sandboxOrigin = this.#sandboxOrigin(environment);
    return html`<debitura-activation
      exportparts=${viewParts}
      .messages=${this.messages}
      .locale=${this.#formatLocale}
      .initial=${initial}
      .fetchActivation=${source}
      .returnUrl=${this.returnUrl}
      .isAllowedHandoffUrl=${(url: string) => isAllowedHandoffUrl(url, environment, sandboxOrigin)}
      ><slot name="support" slot="support">${this.messages.activation.support}</slot></debitura-activation
    >`;
  }

  /**
   * Where a tenant without a client link gets activation answers: `fetchActivation`, or the token endpoint when
   * its 403 offered activation. Without either, the tenant sees the "not set up" notice instead.
   */
  #activationSource(error: TokenError): FetchActivation | null {
    if (error.reason !== 'not_linked') return null;
    const endpointOffers = !this.fetchToken && this.tokenEndpoint && error.activation !== undefined;
    const key = this.fetchActivation ?? (endpointOffers ? this.tokenEndpoint : null);
    if (!key) return null;
    if (this.#activation?.key !== key) {
      this.#activation = {
        key,
        source: typeof key === 'string' ? endpointActivation(key) : checkedActivation(key),
      };
    }
    return this.#activation.source;
  }

  /** The partner's Debitura branding: with the token, or, before the tenant has one, with its activation state. */
  #branding() {
    const state = this.#token.state;
    return this.#token.branding ?? (state.status === 'error' ? state.error.activation?.branding : undefined);
  }

  /** The tenant is active now: fetch its token; the view it asked for follows, without a reload. */
  #onActivated = (event: Event): void => {
    event.stopPropagation();
    this.#token.retry();
  };

  /**
   * A view asks for another view or list state because the user did something there: apply it, and tell the
   * partner page. Changes the partner makes in code (`view`, `caseId`, `listState`) never come through here.
   */
  #onNavigate = (event: CustomEvent<NavigateDetail>): void => {
    event.stopPropagation();
    const to = event.detail;
    if (to.listState) this.#listState = to.listState;
    if (to.caseId !== undefined) this.caseId = to.caseId;
    this.#caseSection = to.section ?? null;
    this.view = to.view;
    this.requestUpdate();
    if (!to.quiet) this.dispatchEvent(new DebituraViewChangeEvent(this.#viewChangeDetail()));
  };

  /** What `debitura-view-change` reports: the view, the case it shows, or the case list's state. */
  #viewChangeDetail(): ViewChangeDetail {
    const view = this.#view();
    if (view === 'case') return this.caseId ? { view, caseId: this.caseId } : { view };
    if (view === 'cases') return { view, state: serializeCaseListState(this.#listState) };
    return { view };
  }

  /** While a view's code is on its way, a loading line; if it failed, the error with a retry; else nothing. */
  #renderViewCode(view: ViewModule): TemplateResult | null {
    const status = this.#viewCode.status(view);
    if (status === 'ready') return null;
    if (status === 'error')
      return this.#renderError(this.messages.errors.viewLoad, true, () => this.#viewCode.retry(view));
    return html`<div class="loading" role="status">
      <span class="spinner" aria-hidden="true"></span><span>${this.messages.loading.view}</span>
    </div>`;
  }

  #reportViewLoadError(view: ViewModule, error: unknown): void {
    this.dispatchEvent(apiErrorEvent(toApiError(new CodeLoadError(`The ${view} view's code`, error))));
  }

  #renderError(text: ErrorText, canRetry: boolean, retry: () => void): TemplateResult {
    return html`
      <div class="alert alert--danger" part="alert" role="alert">
        <h3 class="alert__title">${text.title}</h3>
        <p>${text.body}</p>
        ${
          canRetry
            ? html`<button class="button button--secondary" part="retry-button" type="button" @click=${retry}>
                ${this.messages.common.retry}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  #isLoading(): boolean {
    const token = this.#token.state.status;
    if (!this.messagesReady) return true;
    // An error, or the activation screen, is final for now: what is shown must be read, not waited for.
    if (token === 'error') return false;
    // A form the user can type into is not busy, whatever still loads beside it; until its code is there it is.
    if (this.#formFirst()) return !isViewLoaded('new-case');
    if (token === 'loading') return true;
    const account = this.#account.state.status;
    return account === 'idle' || account === 'loading' || !isViewLoaded(this.#view());
  }

  /**
   * The API code loads once the form has been drawn (or its code failed, so it never will be), and at once for a
   * view that shows data: see customer-api-code.ts.
   */
  #allowApiCodeOnceDrawn(): void {
    const formToCome = this.#view() === 'new-case' && (!this.messagesReady || !isViewLoaded('new-case'));
    if (!formToCome || this.#viewCode.status('new-case') === 'error') allowCustomerApiCode();
  }

  #isReady(): boolean {
    return (
      this.messagesReady &&
      this.#token.state.status === 'ready' &&
      this.#account.state.status === 'ready' &&
      isViewLoaded(this.#view())
    );
  }

  #view(): WidgetView {
    return widgetViews.find((view) => view === this.view) ?? 'new-case';
  }

  #tokenSource(): TokenSource | null {
    if (this.fetchToken) return { kind: 'function', fetchToken: this.fetchToken };
    if (this.tokenEndpoint) return { kind: 'endpoint', url: this.tokenEndpoint };
    return null;
  }

  #pageOrigin(): string {
    return globalThis.location?.origin ?? 'http://localhost';
  }

  /** One client per base URL: token refreshes and re-renders reuse it. */
  #apiClient(): CustomerApi {
    const baseUrl = customerApiBaseUrl(parseEnvironment(this.environment), this.apiBase, this.#pageOrigin());
    const viaPartnerProxy = Boolean(this.apiBase);
    const key = `${viaPartnerProxy ? 'proxy' : 'direct'} ${baseUrl}`;
    if (!this.#client || this.#clientKey !== key) {
      this.#client = new CustomerApiOnDemand({
        baseUrl,
        viaPartnerProxy,
        getToken: this.#token.getToken,
        onUnauthorized: this.#token.invalidate,
        language: () => this.#formatLocale,
      });
      this.#clientKey = key;
    }
    return this.#client;
  }

  /** The same object until something a view depends on changes, so views are not updated for nothing. */
  #widgetContext(): WidgetContext {
    const client = this.#apiClient();
    const environment = parseEnvironment(this.environment);
    const previous = this.#context;
    if (
      previous &&
      previous.client === client &&
      previous.messages === this.messages &&
      previous.locale === this.#formatLocale &&
      previous.returnUrl === this.returnUrl &&
      previous.environment === environment
    ) {
      return previous;
    }
    const sandboxOrigin = this.#sandboxOrigin(environment);
    this.#context = {
      client,
      messages: this.messages,
      locale: this.#formatLocale,
      returnUrl: this.returnUrl,
      environment,
      isAllowedHandoffUrl: (url) => isAllowedHandoffUrl(url, environment, sandboxOrigin),
    };
    return this.#context;
  }

  #resolveMessages(): void {
    this.#messagesFor = this.locale;
    const resolved = resolveElementLocale(this, this.locale);
    this.#formatLocale = resolved.locale;
    this.#language = resolved.language;
    // English is in the bundle: the first render already shows the form, not a moment of "loading".
    if (resolved.language === 'en') {
      this.messages = englishShell;
      this.messagesReady = true;
      return;
    }
    void loadMessages(resolved.language)
      .catch(() => englishShell)
      .then((messages) => {
        if (this.#language !== resolved.language) return;
        this.messages = messages;
        this.messagesReady = true;
      });
  }

  #reportTokenError(error: TokenError): void {
    // A tenant that can activate sees the activation screen: a state of the widget, not a failure.
    if (this.#activationSource(error)) return;
    // The token arrived, but the code that checks it did not: reported as any code of the widget's that failed.
    if (codeLoadErrorOf(error)) {
      this.dispatchEvent(apiErrorEvent(toApiError(error)));
      return;
    }
    const configuration = error.reason === 'not_configured';
    this.dispatchEvent(
      new DebituraErrorEvent({
        type: configuration ? 'configuration_error' : 'token_error',
        message: configuration ? 'Set the token-endpoint attribute or the fetchToken property.' : error.message,
        recoverable: error.reason === 'unavailable' || error.reason === 'signed_out',
        code: error.reason,
      }),
    );
  }

  async #fireReadyWhenViewRendered(): Promise<void> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector('.body > *');
    if (view instanceof LitElement) await view.updateComplete;
    this.dispatchEvent(new DebituraReadyEvent({ view: this.#view() }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'debitura-collect': DebituraCollect;
  }
}
