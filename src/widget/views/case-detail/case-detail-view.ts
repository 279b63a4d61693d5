// One case in full: where it stands, what it waits for, what happened, what came in, the conversation with the
// collection partner and the files. It keeps itself up to date while open and says so when the status moves.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { lifecycleStatusOf, type InvoiceDto } from '../../../wire/case.js';
import type {
  CaseContractStatusApiDTO,
  CaseFileDto,
  CaseValidationStatusDto,
  ChatDto,
  PaymentDto,
  TimelineItemDto,
} from '../../../wire/case-resources.js';
import { DebituraApiError } from '../../api/api-error.js';
import { apiErrorText } from '../../errors/error-text.js';
import { DebituraActionRequiredEvent, DebituraErrorEvent } from '../../events/debitura-events.js';
import { interpolate } from '../../i18n/interpolate.js';
import { statusLabel } from '../../i18n/status-label.js';
import { compareCases } from '../../live/case-change.js';
import { DebituraCaseUpdatedEvent } from '../../live/case-updated-event.js';
import { LivePollController } from '../../live/live-poll-controller.js';
import { defaultPollSchedule, type PollSchedule } from '../../live/poll-schedule.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import type { WidgetContext } from '../../widget-context.js';
import { casesMessages } from '../cases/cases-messages.js';
import { navigateEvent } from '../cases/navigate-event.js';
import { renderCaseBlocking } from './case-blocking.js';
import { caseDetailStyles } from './case-detail-styles.js';
import './case-files.js';
import type { UploadFile } from './case-files.js';
import './case-messages.js';
import type { SendChat } from './case-messages.js';
import { renderCasePayments } from './case-payments.js';
import { isAllowedFileUrl } from '../../api/link-safety.js';
import { getCaseValidation, listTeamUsers, uploadCaseFile, type CustomerApiAccess } from './case-resource-requests.js';
import { renderCaseSummary } from './case-summary.js';
import { renderCaseTimeline } from './case-timeline.js';
import { chatSenders, type ChatSender } from './chat-sender.js';
import { signingHandoffOf } from './contract-items.js';
import type { Loadable } from './loadable.js';

function accessOf(context: WidgetContext): CustomerApiAccess {
  return {
    baseUrl: context.client.baseUrl,
    viaPartnerProxy: context.client.viaPartnerProxy,
    getToken: context.getToken,
    invalidateToken: context.invalidateToken,
  };
}

function asApiError(error: unknown): DebituraApiError {
  return error instanceof DebituraApiError
    ? error
    : new DebituraApiError({ type: 'api_error', recoverable: true, message: String(error) });
}

/**
 * A collection case with its status, blockers, timeline, payments, messages and files.
 *
 * @fires {DebituraCaseUpdatedEvent} debitura-case-updated - The case changed at Debitura while shown.
 * @fires {DebituraActionRequiredEvent} debitura-action-required - The case waits for contracts; `url` is Debitura's signing page.
 * @fires {DebituraErrorEvent} debitura-error - The case could not be loaded.
 * @csspart status-badge - The lifecycle badge.
 * @csspart blocking - The box saying what the case waits for.
 * @csspart signing-link - The link to Debitura's signing pages.
 */
export class CaseDetailView extends LitElement {
  static override styles = [sharedStyles, caseDetailStyles];

  @property({ attribute: false }) context: WidgetContext | null = null;
  @property({ attribute: false }) caseId: string | null = null;
  /** How often to look for changes while the case is on screen. */
  @property({ attribute: false }) pollSchedule: PollSchedule = defaultPollSchedule;

  @state() private caseLoad: Loadable<InvoiceDto> = { status: 'idle' };
  @state() private timeline: Loadable<TimelineItemDto[]> = { status: 'idle' };
  @state() private payments: Loadable<PaymentDto[]> = { status: 'idle' };
  @state() private chats: Loadable<ChatDto[]> = { status: 'idle' };
  @state() private files: Loadable<CaseFileDto[]> = { status: 'idle' };
  @state() private contract: Loadable<CaseContractStatusApiDTO> | null = null;
  @state() private validation: Loadable<CaseValidationStatusDto> | null = null;
  @state() private senders: ChatSender[] = [];
  @state() private handoff: { url: string; presentedByPartner: boolean } | null = null;
  @state() private announcement = '';

  #generation: AbortController | null = null;
  #loadedKey = '';
  #announcedHandoff = '';
  #focusHeading = false;
  /** The client the current load used; a new client (another base URL) means loading again. */
  #generationClient: unknown = null;

  readonly #live = new LivePollController<InvoiceDto>(this, {
    fetch: (signal) => this.context!.client.getCase(this.caseId!, signal),
    hasChanged: (previous, next) => compareCases(previous, next).changed,
    onChange: (next, previous) => this.#onCaseChanged(next, previous),
    schedule: () => this.pollSchedule,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.#loadedKey = '';
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#generation?.abort();
    this.#generation = null;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const key = this.context && this.caseId ? `${this.caseId}` : '';
    if (key && (key !== this.#loadedKey || this.#generationClient !== this.context!.client)) void this.#load();
  }

  protected override updated(): void {
    if (this.#focusHeading && this.caseLoad.status !== 'loading') {
      this.#focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('#case-title')?.focus();
    }
  }

  /** Loads the case and everything around it again. */
  async reload(): Promise<void> {
    this.#loadedKey = '';
    await this.#load();
  }

  async #load(): Promise<void> {
    const context = this.context;
    const caseId = this.caseId;
    if (!context || !caseId) return;
    this.#generation?.abort();
    const generation = new AbortController();
    this.#generation = generation;
    this.#loadedKey = caseId;
    this.#generationClient = context.client;
    this.#live.stop();
    // Focus moves to the heading only when it was lost, i.e. the list this view replaced held it.
    const active = document.activeElement;
    this.#focusHeading = !active || active === document.body;
    this.caseLoad = { status: 'loading' };
    this.contract = null;
    this.validation = null;
    this.handoff = null;
    this.announcement = '';
    try {
      const item = await context.client.getCase(caseId, generation.signal);
      if (generation.signal.aborted) return;
      this.caseLoad = { status: 'ready', value: item };
      this.#loadResources(item, generation.signal, true);
      this.#live.watch(item);
    } catch (error) {
      if (generation.signal.aborted) return;
      const apiError = asApiError(error);
      this.caseLoad = { status: 'error', error: apiError };
      this.dispatchEvent(
        new DebituraErrorEvent({ type: apiError.type, message: apiError.message, recoverable: apiError.recoverable }),
      );
    }
  }

  /**
   * Loads the parts around the case. On a refresh (`showLoading` false) what is on screen stays until the new
   * answer arrives, so a live update never flickers or empties a section.
   */
  #loadResources(item: InvoiceDto, signal: AbortSignal, showLoading: boolean): void {
    const context = this.context!;
    const caseId = this.caseId!;
    const client = context.client;
    const access = accessOf(context);
    const track = <T>(current: () => Loadable<T>, set: (value: Loadable<T>) => void, request: () => Promise<T>) => {
      if (showLoading || current().status !== 'ready') set({ status: 'loading' });
      request().then(
        (value) => !signal.aborted && set({ status: 'ready', value }),
        (error) =>
          !signal.aborted &&
          (showLoading || current().status !== 'ready') &&
          set({ status: 'error', error: asApiError(error) }),
      );
    };
    track(
      () => this.timeline,
      (value) => (this.timeline = value),
      async () => (await client.getTimeline(caseId, signal)).items ?? [],
    );
    track(
      () => this.payments,
      (value) => (this.payments = value),
      () => client.getPayments(caseId, signal),
    );
    track(
      () => this.chats,
      (value) => (this.chats = value),
      () => client.getChats(caseId, signal),
    );
    track(
      () => this.files,
      (value) => (this.files = value),
      () => client.getFiles(caseId, signal),
    );

    const status = lifecycleStatusOf(item.lifecycle ?? '');
    if (status === 'PendingContractSigning') {
      track(
        () => this.contract ?? { status: 'idle' },
        (value) => {
          this.contract = value;
          if (value.status === 'ready') this.#offerSigning(item, value.value);
        },
        () => client.getContractStatus(caseId, signal),
      );
    } else {
      this.contract = null;
      this.handoff = null;
    }

    if (status === 'NeedsAdditionalDetails' || item.validation?.needsInfo) {
      track(
        () => this.validation ?? { status: 'idle' },
        (value) => (this.validation = value),
        () => getCaseValidation(access, caseId, signal),
      );
    } else {
      this.validation = null;
    }

    if (showLoading) {
      const team = listTeamUsers(access, signal).catch(() => []);
      void team.then((users) => {
        if (!signal.aborted) this.senders = chatSenders(users, item.assignedUser);
      });
    }
  }

  /** Tells the partner page once per link; shows the link unless the partner presents it itself. */
  #offerSigning(item: InvoiceDto, status: CaseContractStatusApiDTO): void {
    const handoff = signingHandoffOf(item, status);
    if (!handoff || !this.context!.isAllowedHandoffUrl(handoff.url)) {
      this.handoff = null;
      return;
    }
    if (this.#announcedHandoff === handoff.url && this.handoff) return;
    this.#announcedHandoff = handoff.url;
    const event = new DebituraActionRequiredEvent({ kind: 'signing', url: handoff.url, reasons: handoff.reasons });
    this.dispatchEvent(event);
    this.handoff = { url: handoff.url, presentedByPartner: event.defaultPrevented };
  }

  #onCaseChanged(next: InvoiceDto, previous: InvoiceDto): void {
    const context = this.context;
    const caseId = this.caseId;
    if (!context || !caseId || !this.#generation) return;
    const { statusChanged } = compareCases(previous, next);
    this.caseLoad = { status: 'ready', value: next };
    const text = casesMessages(context.messages).detail.live;
    this.announcement = statusChanged
      ? interpolate(text.statusChanged, { status: statusLabel(context.messages, next.lifecycle) })
      : text.updated;
    this.#loadResources(next, this.#generation.signal, false);
    this.dispatchEvent(
      new DebituraCaseUpdatedEvent({
        caseId,
        case: next,
        previousLifecycle: previous.lifecycle ?? null,
        lifecycle: next.lifecycle ?? null,
        previousCloseCode: previous.closeCode ?? null,
        closeCode: next.closeCode ?? null,
      }),
    );
  }

  #sendChat: SendChat = async (message, senderEmail) => {
    const chat = await this.context!.client.sendChat(this.caseId!, { message, userEmail: senderEmail });
    if (this.chats.status === 'ready') this.chats = { status: 'ready', value: [...this.chats.value, chat] };
    return chat;
  };

  #upload =
    (access: CustomerApiAccess): UploadFile =>
    async (file, request) => {
      const uploaded = await uploadCaseFile(access, this.caseId!, file, request);
      if (this.files.status === 'ready') this.files = { status: 'ready', value: [...this.files.value, uploaded] };
      return uploaded;
    };

  #back(): void {
    this.#live.stop();
    this.dispatchEvent(navigateEvent({ view: 'cases' }));
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context) return html``;
    const text = casesMessages(context.messages);
    const load = this.caseLoad;
    const reference = load.status === 'ready' ? (load.value.reference ?? load.value.creditorReference ?? '') : '';
    return html`
      <article class="detail" aria-labelledby="case-title" aria-busy=${load.status === 'loading' ? 'true' : 'false'}>
        <div class="detail__head">
          <button class="button button--quiet" type="button" @click=${() => this.#back()}>← ${text.detail.back}</button>
          <h3 id="case-title" tabindex="-1">
            ${reference ? interpolate(text.detail.title, { reference }) : text.list.title}
          </h3>
        </div>
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
        ${this.#renderBody()}
      </article>
    `;
  }

  #renderBody(): TemplateResult | typeof nothing {
    const context = this.context!;
    const text = casesMessages(context.messages);
    const load = this.caseLoad;
    if (load.status === 'idle') return nothing;
    if (load.status === 'loading') {
      return html`<p class="loading" role="status">
        <span class="spinner" aria-hidden="true"></span>${text.detail.loading}
      </p>`;
    }
    if (load.status === 'error') {
      const error = apiErrorText(context.messages, load.error);
      return html`
        <div class="alert alert--danger" role="alert">
          <h4 class="alert__title">${error.title}</h4>
          <p>${error.body}</p>
          ${
            load.error.status === 404
              ? nothing
              : html`<p>
                  <button class="button button--secondary" type="button" @click=${() => this.reload()}>
                    ${context.messages.common.retry}
                  </button>
                </p>`
          }
        </div>
      `;
    }
    const item = load.value;
    const access = accessOf(context);
    const retry = () => {
      if (this.#generation) this.#loadResources(item, this.#generation.signal, true);
    };
    return html`
      ${renderCaseSummary(item, context.messages, text, context.locale)}
      ${renderCaseBlocking({
        contract: this.contract,
        validation: this.validation,
        handoff: this.handoff,
        text,
        locale: context.locale,
        retryLabel: context.messages.common.retry,
        opensInNewTab: context.messages.common.opensInNewTab,
        retry,
      })}
      ${this.#section(this.timeline, text.detail.timeline.heading, retry, (items) => renderCaseTimeline(items, text, context.locale))}
      ${this.#section(this.payments, text.detail.payments.heading, retry, (payments) => renderCasePayments(payments, text, context.locale))}
      ${this.#section(
        this.chats,
        text.detail.messages.heading,
        retry,
        (chats) =>
          html`<debitura-case-messages
            .messages=${context.messages}
            .locale=${context.locale}
            .chats=${chats}
            .senders=${this.senders}
            .send=${this.#sendChat}
          ></debitura-case-messages>`,
      )}
      ${this.#section(
        this.files,
        text.detail.files.heading,
        retry,
        (files) =>
          html`<debitura-case-files
            .messages=${context.messages}
            .locale=${context.locale}
            .files=${files}
            .upload=${this.#upload(access)}
            .isAllowedUrl=${(url: string | null | undefined) =>
              // In sandbox mode the client's origin is the sandbox's, where its file links point.
              isAllowedFileUrl(url, context.environment, new URL(context.client.baseUrl).origin)}
          ></debitura-case-files>`,
      )}
    `;
  }

  #section<T>(
    loadable: Loadable<T>,
    heading: string,
    retry: () => void,
    render: (value: T) => TemplateResult,
  ): TemplateResult {
    const context = this.context!;
    const text = casesMessages(context.messages);
    if (loadable.status === 'ready') return render(loadable.value);
    if (loadable.status === 'error') {
      return html`<section class="alert alert--danger" role="alert">
        <h4 class="alert__title">${heading}</h4>
        <p>${text.detail.sectionFailed}</p>
        <p>
          <button class="button button--secondary" type="button" @click=${retry}>
            ${context.messages.common.retry}
          </button>
        </p>
      </section>`;
    }
    return html`<section aria-busy="true">
      <h4>${heading}</h4>
      <p class="loading"><span class="spinner" aria-hidden="true"></span>${context.messages.loading.view}</p>
    </section>`;
  }
}

export const caseDetailTag = 'debitura-case-detail';

if (typeof customElements !== 'undefined' && !customElements.get(caseDetailTag)) {
  customElements.define(caseDetailTag, CaseDetailView);
}

declare global {
  interface HTMLElementTagNameMap {
    'debitura-case-detail': CaseDetailView;
  }
}
