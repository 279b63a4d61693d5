// One case in full: where it stands, what it waits for, what happened, what came in, the conversation with the
// collection partner and the files. The case loads first and each part around it loads on its own (one
// LoadController each), so each can wait or fail separately; while open it keeps itself up to date and says so
// when the status moves.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InvoiceDto } from '../../../wire/case.js';
import { lifecycleStatusOf } from '../../../wire/case-vocabulary.js';
import type {
  CaseContractStatusApiDTO,
  CaseValidationStatusDto,
  CollectionPartnerUserDto,
} from '../../../wire/case-resources.js';
import type { TaskDto } from '../../../wire/tasks.js';
import type { CustomerApi } from '../../api/customer-api-client.js';
import { isAllowedFileUrl } from '../../api/link-safety.js';
import { LoadController, type LoadState } from '../../api/load-controller.js';
import { apiErrorText } from '../../errors/error-text.js';
import { apiErrorEvent } from '../../events/api-error-event.js';
import {
  DebituraActionRequiredEvent,
  DebituraCaseUpdatedEvent,
  type ActionRequiredDetail,
} from '../../events/debitura-events.js';
import { interpolate } from '../../i18n/interpolate.js';
import { statusLabel } from '../../i18n/status-label.js';
import { compareCases } from '../../live/case-change.js';
import { LivePollController } from '../../live/live-poll-controller.js';
import { defaultPollSchedule, type PollSchedule } from '../../live/poll-schedule.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import type { WidgetContext } from '../../widget-context.js';
import { casesMessages } from '../cases/cases-messages.js';
import { navigateEvent, type CaseSection } from '../navigate-event.js';
import { caseDetailStyles } from './case-detail-styles.js';
import type { UploadFile } from './case-files.js';
import type { SendChat } from './case-messages.js';
import { caseParts } from './case-parts.js';
import { renderCaseSummary } from './case-summary.js';
import { chatSenders, type ChatSender } from './chat-sender.js';
import type { CaseQuote, CaseQuoteRequest } from './case-quotes.js';
import type { TaskAction } from '../tasks/task-action.js';
import { taskQueueFingerprint } from '../tasks/task-order.js';
import type { OnDemand } from '../on-demand.js';
import { defineElement } from '../../define-element.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { casesDetail } from '../../i18n/en/cases-detail.js';
import { engagement } from '../../i18n/en/engagement.js';
import { tasks } from '../../i18n/en/tasks.js';

// This view's English arrives with its code (the case list's titles with casesMessages).
addEnglish({ cases: { detail: casesDetail }, engagement, tasks });

type CaseArgs = readonly [client: CustomerApi, caseId: string];

/** Lifecycles in which a case has quote requests (REFERENCE §3.5: "relevant for Leads / LeadsQuoteGiven"). */
const quoteStages: readonly string[] = ['Leads', 'LeadsQuoteGiven'];

/**
 * A collection case with its status, blockers, open tasks, quotes, exclusive period, timeline, payments, messages
 * and files.
 *
 * @fires {DebituraCaseUpdatedEvent} debitura-case-updated - The case changed at Debitura while shown.
 * @fires {DebituraActionRequiredEvent} debitura-action-required - The case waits for contracts (`kind: 'signing'`,
 *   `url` is Debitura's signing page), or the user opens one of its tasks or a full quote at Debitura (`kind: 'task'`).
 * @fires {DebituraErrorEvent} debitura-error - The case could not be loaded.
 * @csspart status-badge - The lifecycle badge.
 * @csspart blocking - The box saying what the case waits for.
 * @csspart signing-link - The link to Debitura's signing pages.
 */
export class CaseDetailView extends LitElement {
  static override styles = [sharedStyles, ...caseDetailStyles];

  @property({ attribute: false }) context: WidgetContext | null = null;
  @property({ attribute: false }) caseId: string | null = null;
  /** The part to bring into view once it has loaded, e.g. `messages` to reply to a task. */
  @property({ attribute: false }) section: CaseSection | null = null;
  /** How often to look for changes while the case is on screen. */
  @property({ attribute: false }) pollSchedule: PollSchedule = defaultPollSchedule;

  @state() private handoff: { url: string; presentedByPartner: boolean } | null = null;
  @state() private announcement = '';
  /** Task and quote pages at Debitura that the partner presents itself (it cancelled `debitura-action-required`). */
  @state() private presentedByPartner: ReadonlySet<string> = new Set();

  #announcedHandoff = '';
  #focusHeading = false;
  /** The case whose `section` was already brought into view, so a live update does not move focus again. */
  #sectionShownFor: string | null = null;
  #senders: { users: unknown; item: InvoiceDto; senders: ChatSender[] } | null = null;

  readonly #case = new LoadController<CaseArgs, InvoiceDto>(this, {
    args: () => (this.context && this.caseId ? [this.context.client, this.caseId] : null),
    load: ([client, caseId], signal) => {
      this.#live.stop();
      this.#liveTasks.stop();
      // Focus moves to the heading only when it was lost, i.e. the list this view replaced held it.
      const active = document.activeElement;
      this.#focusHeading = !active || active === document.body;
      this.handoff = null;
      this.announcement = '';
      this.presentedByPartner = new Set();
      return client.getCase(caseId, signal);
    },
    onValue: (item) => this.#live.watch(item),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });
  readonly #timeline = this.#part(
    withCode(caseParts.sections, async (client, id, signal) => (await client.getTimeline(id, signal)).items ?? []),
  );
  readonly #payments = this.#part(withCode(caseParts.sections, (client, id, signal) => client.getPayments(id, signal)));
  readonly #chats = this.#part(withCode(caseParts.sections, (client, id, signal) => client.getChats(id, signal)));
  readonly #files = this.#part(withCode(caseParts.sections, (client, id, signal) => client.getFiles(id, signal)));
  readonly #contract = this.#part(
    withCode(caseParts.blocking, (client, id, signal) => client.getContractStatus(id, signal)),
    (item) => lifecycleStatusOf(item.lifecycle ?? '') === 'PendingContractSigning',
    (status) => this.#offerSigning(status),
  );
  readonly #validation = this.#part(
    withCode(caseParts.blocking, (client, id, signal) => client.getCaseValidation(id, signal)),
    (item) => lifecycleStatusOf(item.lifecycle ?? '') === 'NeedsAdditionalDetails' || !!item.validation?.needsInfo,
  );
  readonly #tasks = this.#part(
    withCode(caseParts.sections, (client, id, signal) => client.listCaseTasks(id, signal)),
    undefined,
    (tasks) => this.#liveTasks.watch(tasks),
  );
  readonly #quotes = this.#part(
    async (client, id, signal) => (await caseParts.quotes.load()).loadCaseQuotes(client, id, signal),
    (item) => quoteStages.includes(lifecycleStatusOf(item.lifecycle ?? '') ?? ''),
  );
  /** Only once collection started: before that Debitura has no period (404). */
  readonly #exclusivePeriod = this.#part(
    async (client, id, signal) => (await caseParts.exclusivePeriod.load()).loadExclusivePeriod(client, id, signal),
    (item) => !!item.dateCollectionStarted || !!item.exclusivePeriodEndDate,
  );
  readonly #parts = [
    this.#timeline,
    this.#payments,
    this.#chats,
    this.#files,
    this.#contract,
    this.#validation,
    this.#tasks,
    this.#quotes,
    this.#exclusivePeriod,
  ];
  /** Who a message can be sent as; without the team list, the case's assigned user. */
  readonly #team = new LoadController<readonly [CustomerApi], CollectionPartnerUserDto[]>(this, {
    args: () => (this.context && this.caseId ? [this.context.client] : null),
    load: ([client], signal) => client.listTeamUsers(signal),
  });

  readonly #live = new LivePollController<InvoiceDto>(this, {
    fetch: (signal) => this.context!.client.getCase(this.caseId!, signal),
    hasChanged: (previous, next) => compareCases(previous, next).changed,
    onChange: (next, previous) => this.#onCaseChanged(next, previous),
    schedule: () => this.pollSchedule,
  });

  /**
   * The case's tasks are a live queue of their own: Debitura adds and resolves them without the case changing, so
   * they are asked for on the case's schedule too.
   */
  readonly #liveTasks = new LivePollController<TaskDto[]>(this, {
    fetch: (signal) => this.context!.client.listCaseTasks(this.caseId!, signal),
    hasChanged: (previous, next) => taskQueueFingerprint(previous) !== taskQueueFingerprint(next),
    onChange: (next) => {
      this.#tasks.set(next);
      this.announcement = this.context?.messages.tasks.updated ?? '';
    },
    schedule: () => this.pollSchedule,
  });

  /** A part around the case: it loads once the case is on screen, and only while `applies` to the case. */
  #part<T>(
    load: (client: CustomerApi, caseId: string, signal: AbortSignal) => Promise<T>,
    applies: (item: InvoiceDto) => boolean = () => true,
    onValue?: (value: T) => void,
  ): LoadController<CaseArgs, T> {
    return new LoadController<CaseArgs, T>(this, {
      args: () => {
        const item = this.#case.value;
        return item && this.context && this.caseId && applies(item) ? [this.context.client, this.caseId] : null;
      },
      load: ([client, caseId], signal) => load(client, caseId, signal),
      ...(onValue ? { onValue } : {}),
    });
  }

  protected override updated(): void {
    if (this.#focusHeading && this.#case.state.status !== 'loading') {
      this.#focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('#case-title')?.focus();
    }
    if (this.section === 'messages' && this.#chats.state.status === 'ready' && this.#sectionShownFor !== this.caseId) {
      this.#sectionShownFor = this.caseId;
      this.#focusReply();
    }
  }

  /** Loads the case and everything around it again. */
  reload(): void {
    this.#case.reload();
  }

  /** Tells the partner page once per link; shows the link unless the partner presents it itself. */
  #offerSigning(status: CaseContractStatusApiDTO): void {
    const item = this.#case.value;
    const handoff = item && caseParts.blocking.module?.signingHandoffOf(item, status);
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

  /** A live update: the new case goes on screen and every part is asked again without emptying it. */
  #onCaseChanged(next: InvoiceDto, previous: InvoiceDto): void {
    const context = this.context;
    const caseId = this.caseId;
    if (!context || !caseId || this.#case.state.status !== 'ready') return;
    const { statusChanged } = compareCases(previous, next);
    this.#case.set(next);
    const text = casesMessages(context.messages).detail.live;
    this.announcement = statusChanged
      ? interpolate(text.statusChanged, { status: statusLabel(context.messages, next.lifecycle) })
      : text.updated;
    for (const part of this.#parts) part.refresh();
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

  /** The retry button of a part that failed: asks again for every part that failed. */
  #retryParts = (): void => {
    for (const part of this.#parts) if (part.state.status === 'error') part.reload();
  };

  #sendChat: SendChat = async (message, senderEmail) => {
    const chat = await this.context!.client.sendChat(this.caseId!, { message, userEmail: senderEmail });
    const chats = this.#chats.value;
    if (chats) this.#chats.set([...chats, chat]);
    // A reply resolves the case's ReplyToChat task at Debitura.
    this.#tasks.refresh();
    return chat;
  };

  /** File links: https without credentials; in sandbox mode the client's origin is the sandbox's, where its files are. */
  #isAllowedFileUrl = (url: string | null | undefined): boolean =>
    !!this.context && isAllowedFileUrl(url, this.context.environment, new URL(this.context.client.baseUrl).origin);

  #upload: UploadFile = async (file, request) => {
    const uploaded = await this.context!.client.uploadCaseFile(this.caseId!, file, request);
    const files = this.#files.value;
    if (files) this.#files.set([...files, uploaded]);
    return uploaded;
  };

  #sendersFor(item: InvoiceDto): ChatSender[] {
    const users = this.#team.value;
    const cached = this.#senders;
    if (cached && cached.users === users && cached.item === item) return cached.senders;
    const senders = chatSenders(users ?? [], item.assignedUser);
    this.#senders = { users, item, senders };
    return senders;
  }

  #handoffOptions = () => ({ returnUrl: this.context!.returnUrl, isAllowed: this.context!.isAllowedHandoffUrl });

  /** Asked only while the case's tasks are shown, i.e. once their part has loaded. */
  #taskAction = (task: TaskDto): TaskAction => caseParts.sections.module!.taskAction(task, this.#handoffOptions());

  /** Asked only while the quotes are shown, i.e. once their part has loaded. */
  #quoteLink = (request: CaseQuoteRequest, quote: CaseQuote) =>
    caseParts.quotes.module!.quoteHandoff({ request: request.request, quote }, this.#handoffOptions());

  #focusReply = (): void => {
    const messages = this.renderRoot.querySelector('debitura-case-messages');
    void messages?.updateComplete.then(() => messages.focusComposer());
  };

  /** Tells the partner page; a partner that cancels the event presents the page its own way instead of the tab. */
  #handOff(event: MouseEvent, key: string, detail: ActionRequiredDetail): void {
    const required = new DebituraActionRequiredEvent(detail);
    this.dispatchEvent(required);
    if (!required.defaultPrevented) return;
    event.preventDefault();
    this.presentedByPartner = new Set([...this.presentedByPartner, key]);
  }

  #back(): void {
    this.#live.stop();
    this.#liveTasks.stop();
    this.dispatchEvent(navigateEvent({ view: 'cases' }));
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context) return html``;
    const text = casesMessages(context.messages);
    const load = this.#case.state;
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
    const load = this.#case.state;
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
    const contract = this.#contract.state;
    const retry = this.#retryParts;
    const { blocking, sections, quotes, exclusivePeriod } = caseParts;
    return html`
      ${renderCaseSummary(item, context.messages, text, context.locale)}
      ${this.#renderBlocking(contract, this.#validation.state, blocking.module, retry)}
      ${this.#optional(this.#tasks.state, context.messages.engagement.tasks.heading, retry, (tasks) =>
        sections.module!.renderCaseTasks({
          tasks,
          messages: context.messages,
          locale: context.locale,
          now: new Date(),
          actionOf: this.#taskAction,
          presentedByPartner: this.presentedByPartner,
          reply: this.#focusReply,
          handoff: (event, task, action) =>
            this.#handOff(event, task.id ?? action.url, {
              kind: action.actionKind,
              url: action.url,
              reasons: action.reasons,
            }),
        }),
      )}
      ${this.#optional(this.#quotes.state, context.messages.engagement.quotes.heading, retry, (requests) =>
        quotes.module!.renderQuoteRequests({
          requests,
          messages: context.messages,
          locale: context.locale,
          linkOf: this.#quoteLink,
          presentedByPartner: this.presentedByPartner,
          handoff: (event, url, reasons) => this.#handOff(event, url, { kind: 'task', url, reasons }),
        }),
      )}
      ${this.#optional(this.#exclusivePeriod.state, context.messages.engagement.exclusive.heading, retry, (period) =>
        exclusivePeriod.module!.renderExclusivePeriod(period, context.messages, context.locale, new Date()),
      )}
      ${this.#section(this.#timeline.state, text.detail.timeline.heading, retry, (items) => sections.module!.renderCaseTimeline(items, context.messages, text, context.locale))}
      ${this.#section(this.#payments.state, text.detail.payments.heading, retry, (payments) => sections.module!.renderCasePayments(payments, text, context.locale))}
      ${this.#section(
        this.#chats.state,
        text.detail.messages.heading,
        retry,
        (chats) =>
          html`<debitura-case-messages
            .messages=${context.messages}
            .locale=${context.locale}
            .chats=${chats}
            .senders=${this.#sendersFor(item)}
            .send=${this.#sendChat}
          ></debitura-case-messages>`,
      )}
      ${this.#section(
        this.#files.state,
        text.detail.files.heading,
        retry,
        (files) =>
          html`<debitura-case-files
            .messages=${context.messages}
            .locale=${context.locale}
            .files=${files}
            .upload=${this.#upload}
            .isAllowedUrl=${this.#isAllowedFileUrl}
          ></debitura-case-files>`,
      )}
    `;
  }

  /**
   * What holds the case up, once its part has loaded; until then the loading line or, when the part could not be
   * loaded, the error with the retry, under the same heading.
   */
  #renderBlocking(
    contract: LoadState<CaseContractStatusApiDTO>,
    validation: LoadState<CaseValidationStatusDto>,
    code: typeof caseParts.blocking.module,
    retry: () => void,
  ): TemplateResult | typeof nothing {
    const context = this.context!;
    const text = casesMessages(context.messages);
    if (code) {
      return code.renderCaseBlocking({
        contract,
        validation,
        handoff: contract.status === 'ready' ? this.handoff : null,
        text,
        locale: context.locale,
        retryLabel: context.messages.common.retry,
        opensInNewTab: context.messages.common.opensInNewTab,
        retry,
      });
    }
    const shown: LoadState<unknown> = contract.status === 'idle' ? validation : contract;
    if (shown.status === 'idle') return nothing;
    return this.#section(shown, text.detail.blocking.heading, retry, () => html``);
  }

  /** A part shown only when it has something to say: nothing while it loads, its error when it fails. */
  #optional<T>(
    loadable: LoadState<T>,
    heading: string,
    retry: () => void,
    render: (value: T) => TemplateResult | typeof nothing,
  ): TemplateResult | typeof nothing {
    if (loadable.status === 'ready') return render(loadable.value);
    if (loadable.status === 'error') return this.#section(loadable, heading, retry, () => html``);
    return nothing;
  }

  #section<T>(
    loadable: LoadState<T>,
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

type PartLoad<T> = (client: CustomerApi, caseId: string, signal: AbortSignal) => Promise<T>;

/** A part's data with the code that shows it, fetched side by side: the part is ready once both have arrived. */
function withCode<T>(code: OnDemand<unknown>, load: PartLoad<T>): PartLoad<T> {
  return async (client, caseId, signal) => (await Promise.all([load(client, caseId, signal), code.load()]))[0];
}

export const caseDetailTag = 'debitura-case-detail';

defineElement(caseDetailTag, CaseDetailView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-case-detail': CaseDetailView;
  }
}
