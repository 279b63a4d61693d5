// The conversation with the collection partner: messages oldest first and a composer. The text being written is
// kept until Debitura confirms the message, so a failed send never costs the user what they typed.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chatRoles, type ChatDto } from '../../../wire/case-resources.js';
import { DebituraApiError } from '../../api/api-error.js';
import { apiErrorText } from '../../errors/error-text.js';
import { formatDateTime, parseDebituraInstant } from '../../format/date.js';
import type { Messages } from '../../i18n/en/index.js';
import { interpolate } from '../../i18n/interpolate.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { casesMessages } from '../cases/cases-messages.js';
import type { ChatSender } from './chat-sender.js';
import { caseDetailStyles } from './case-detail-styles.js';
import { defineElement } from '../../define-element.js';

/** Debitura's limit for one message. */
export const maxChatLength = 10_000;

export type SendChat = (message: string, senderEmail: string) => Promise<ChatDto>;

type SendState = { status: 'idle' } | { status: 'sending' } | { status: 'sent' } | { status: 'failed'; detail: string };

export class CaseMessages extends LitElement {
  static override styles = [sharedStyles, ...caseDetailStyles];

  @property({ attribute: false }) messages: Messages | null = null;
  @property({ attribute: false }) locale = 'en';
  @property({ attribute: false }) chats: readonly ChatDto[] = [];
  @property({ attribute: false }) senders: readonly ChatSender[] = [];
  /** Sends one message; rejects with a DebituraApiError when Debitura refuses it. */
  @property({ attribute: false }) send: SendChat | null = null;

  @state() private draft = '';
  @state() private senderEmail = '';
  @state() private sendState: SendState = { status: 'idle' };
  @state() private problem = '';

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.messages || !this.send || this.sendState.status === 'sending') return;
    const words = casesMessages(this.messages).detail.messages;
    const message = this.draft.trim();
    const sender = this.#sender();
    if (!message) return this.#refuse(words.emptyMessage);
    if (message.length > maxChatLength) return this.#refuse(interpolate(words.tooLong, { max: maxChatLength }));
    if (!sender) return this.#refuse(words.noSender);
    this.problem = '';
    this.sendState = { status: 'sending' };
    try {
      await this.send(message, sender.email);
      // Cleared only now: until Debitura has the message, the text belongs to the user.
      this.draft = '';
      this.sendState = { status: 'sent' };
    } catch (error) {
      const text =
        error instanceof DebituraApiError
          ? apiErrorText(this.messages, error)
          : { title: words.failed, body: String(error) };
      this.sendState = { status: 'failed', detail: `${text.title}. ${text.body}` };
    }
  }

  /** Brings the messages into view with the cursor in the reply box, e.g. when a task asked for a reply. */
  focusComposer(): void {
    const composer = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea');
    composer?.scrollIntoView?.({ block: 'center' });
    composer?.focus({ preventScroll: true });
  }

  #refuse(problem: string): void {
    this.problem = problem;
    this.sendState = { status: 'idle' };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus());
  }

  #sender(): ChatSender | undefined {
    return this.senders.find((sender) => sender.email === this.senderEmail) ?? this.senders[0];
  }

  protected override render(): TemplateResult {
    if (!this.messages) return html``;
    const words = casesMessages(this.messages).detail.messages;
    const ordered = [...this.chats].sort((a, b) => time(a) - time(b));
    const sending = this.sendState.status === 'sending';
    return html`
      <section>
        <h4 id="messages-title">${words.heading}</h4>
        ${
          ordered.length === 0
            ? html`<p class="quiet">${words.empty}</p>`
            : html`<ol class="plain messages">
                ${ordered.map((chat) => this.#renderChat(chat))}
              </ol>`
        }
        ${this.send ? this.#renderComposer(sending) : nothing}
      </section>
    `;
  }

  #renderChat(chat: ChatDto): TemplateResult {
    const words = casesMessages(this.messages!).detail.messages;
    const own = chat.role === chatRoles.Creditor;
    const role =
      chat.role === chatRoles.Creditor
        ? words.roles.Creditor
        : chat.role === chatRoles.ManagedByPartner
          ? words.roles.ManagedByPartner
          : words.roles.Partner;
    const author = [chat.user?.firstName, chat.user?.lastName].filter(Boolean).join(' ');
    return html`<li class="message ${own ? 'message--own' : 'message--partner'}">
      <span class="message__meta"
        >${author ? `${author} · ` : ''}${role} · ${formatDateTime(chat.dateCreated, this.locale)}</span
      >
      <span class="message__text">${chat.message ?? ''}</span>
    </li>`;
  }

  #renderComposer(sending: boolean): TemplateResult {
    const words = casesMessages(this.messages!).detail.messages;
    const noSender = this.senders.length === 0;
    const feedback =
      this.sendState.status === 'failed'
        ? html`<div class="alert alert--danger" role="alert">
            <p>${words.failed}</p>
            <p>${this.sendState.detail}</p>
          </div>`
        : nothing;
    return html`
      <form @submit=${this.#onSubmit} novalidate>
        <div class="field">
          <label for="message">${words.compose}</label>
          <textarea
            id="message"
            name="message"
            rows="3"
            .value=${this.draft}
            aria-invalid=${this.problem ? 'true' : 'false'}
            aria-describedby=${this.problem ? 'message-problem' : nothing}
            @input=${(event: Event) => {
              this.draft = (event.target as HTMLTextAreaElement).value;
              this.problem = '';
            }}
          ></textarea>
          ${this.problem ? html`<span class="field__error" id="message-problem">${this.problem}</span>` : nothing}
        </div>
        ${
          this.senders.length > 1
            ? html`<div class="field">
                <label for="sender">${words.sendAs}</label>
                <select
                  id="sender"
                  @change=${(event: Event) => (this.senderEmail = (event.target as HTMLSelectElement).value)}
                >
                  ${this.senders.map(
                    (sender) =>
                      html`<option value=${sender.email} ?selected=${sender === this.#sender()}>
                        ${sender.name} (${sender.email})
                      </option>`,
                  )}
                </select>
              </div>`
            : nothing
        }
        ${noSender ? html`<p class="quiet">${words.noSender}</p>` : nothing}
        <div class="form__actions">
          <button class="button" type="submit" ?disabled=${sending || noSender}>
            ${sending ? words.sending : words.send}
          </button>
          <span role="status">${this.sendState.status === 'sent' ? words.sent : sending ? words.sending : ''}</span>
        </div>
        ${feedback}
      </form>
    `;
  }
}

function time(chat: ChatDto): number {
  return chat.dateCreated ? (parseDebituraInstant(chat.dateCreated)?.getTime() ?? 0) : 0;
}

export const caseMessagesTag = 'debitura-case-messages';

defineElement(caseMessagesTag, CaseMessages);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-case-messages': CaseMessages;
  }
}
