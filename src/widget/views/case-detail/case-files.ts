// Files on the case: the list with download links, and an upload form that checks size and type before sending,
// shows progress while sending, and explains a refusal in words the user can act on.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { documentTypes, type CaseFileDto, type DocumentType } from '../../../wire/case-resources.js';
import { DebituraApiError } from '../../api/api-error.js';
import { apiErrorText } from '../../errors/error-text.js';
import { formatDate } from '../../format/date.js';
import type { Messages } from '../../i18n/en/index.js';
import { interpolate } from '../../i18n/interpolate.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { casesMessages } from '../cases/cases-messages.js';
import { caseDetailStyles } from './case-detail-styles.js';
import { checkUpload, uploadAccept, uploadLimitMegabytes, type UploadProblem } from './upload-precheck.js';
import { isAllowedFileUrl } from '../../api/link-safety.js';
import { defineElement } from '../../define-element.js';

export interface UploadRequest {
  documentType: DocumentType;
  description: string;
  onProgress: (fraction: number) => void;
}

export type UploadFile = (file: File, request: UploadRequest) => Promise<CaseFileDto>;

type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; name: string; fraction: number }
  | { status: 'done'; name: string }
  | { status: 'refused'; message: string }
  | { status: 'failed'; message: string };

export class CaseFiles extends LitElement {
  static override styles = [sharedStyles, ...caseDetailStyles];

  @property({ attribute: false }) messages: Messages | null = null;
  @property({ attribute: false }) locale = 'en';
  @property({ attribute: false }) files: readonly CaseFileDto[] = [];
  /** Sends one file; null when uploading is not available. */
  @property({ attribute: false }) upload: UploadFile | null = null;
  /** Whether a file's URL may become a download link (https, no credentials; the sandbox in sandbox mode). */
  @property({ attribute: false }) isAllowedUrl: (url: string | null | undefined) => boolean = (url) =>
    isAllowedFileUrl(url, 'production', null);

  @state() private chosen: File | null = null;
  @state() private documentType: DocumentType = 'OriginalInvoice';
  @state() private description = '';
  @state() private uploadState: UploadState = { status: 'idle' };

  #problemText(problem: UploadProblem, name: string): string {
    const words = casesMessages(this.messages!).detail.files;
    const values = { name, max: uploadLimitMegabytes };
    switch (problem) {
      case 'too-large':
        return interpolate(words.tooLarge, values);
      case 'unsupported-type':
        return interpolate(words.unsupportedType, values);
      case 'empty':
        return interpolate(words.emptyFile, values);
    }
  }

  #onChoose(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.chosen = file;
    if (!file) return void (this.uploadState = { status: 'idle' });
    const check = checkUpload(file);
    this.uploadState = check.ok
      ? { status: 'idle' }
      : { status: 'refused', message: this.#problemText(check.problem, file.name) };
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.messages || !this.upload || this.uploadState.status === 'uploading') return;
    const words = casesMessages(this.messages).detail.files;
    const file = this.chosen;
    if (!file) return void (this.uploadState = { status: 'refused', message: words.noFile });
    const check = checkUpload(file);
    if (!check.ok)
      return void (this.uploadState = { status: 'refused', message: this.#problemText(check.problem, file.name) });
    this.uploadState = { status: 'uploading', name: file.name, fraction: 0 };
    try {
      await this.upload(file, {
        documentType: this.documentType,
        description: this.description.trim(),
        onProgress: (fraction) => {
          if (this.uploadState.status === 'uploading') this.uploadState = { ...this.uploadState, fraction };
        },
      });
      this.uploadState = { status: 'done', name: file.name };
      this.chosen = null;
      this.description = '';
      const input = this.renderRoot.querySelector<HTMLInputElement>('input[type=file]');
      if (input) input.value = '';
    } catch (error) {
      this.uploadState = { status: 'failed', message: this.#failureText(error, file.name) };
    }
  }

  /** Debitura's own refusals (413, 415) read like the local checks, since they mean the same thing. */
  #failureText(error: unknown, name: string): string {
    const words = casesMessages(this.messages!).detail.files;
    if (error instanceof DebituraApiError) {
      if (error.status === 413) return this.#problemText('too-large', name);
      if (error.status === 415) return this.#problemText('unsupported-type', name);
      const text = apiErrorText(this.messages!, error);
      return `${words.failed} ${text.title}. ${error.type === 'validation_error' ? error.message : text.body}`;
    }
    return words.failed;
  }

  protected override render(): TemplateResult {
    if (!this.messages) return html``;
    const words = casesMessages(this.messages).detail.files;
    return html`
      <section>
        <h4 id="files-title">${words.heading}</h4>
        ${
          this.files.length === 0
            ? html`<p class="quiet">${words.empty}</p>`
            : html`<ul class="plain files">
                ${this.files.map((file) => this.#renderFile(file))}
              </ul>`
        }
        ${this.upload ? this.#renderForm() : html`<p class="quiet">${words.unavailable}</p>`}
      </section>
    `;
  }

  #renderFile(file: CaseFileDto): TemplateResult {
    const words = casesMessages(this.messages!).detail.files;
    const name = file.fileName ?? '';
    const kind = file.documentType
      ? ((words.types as Record<string, string>)[file.documentType] ?? file.documentType)
      : '';
    return html`<li>
      ${
        file.url && this.isAllowedUrl(file.url)
          ? html`<a href=${file.url} target="_blank" rel="noopener noreferrer" download=${name}
              >${name}<span class="visually-hidden"> ${this.messages!.common.opensInNewTab}</span></a
            >`
          : html`<span>${name}</span>`
      }
      <span class="quiet">
        · ${[kind, formatDate(file.dateCreated, this.locale), file.description].filter(Boolean).join(' · ')}</span
      >
    </li>`;
  }

  #renderForm(): TemplateResult {
    const words = casesMessages(this.messages!).detail.files;
    const state = this.uploadState;
    const uploading = state.status === 'uploading';
    const refused = state.status === 'refused';
    return html`
      <form @submit=${this.#onSubmit} novalidate>
        <div class="field">
          <label for="file">${words.choose}</label>
          <input
            id="file"
            type="file"
            accept=${uploadAccept}
            ?disabled=${uploading}
            aria-describedby=${refused ? 'file-hint file-problem' : 'file-hint'}
            aria-invalid=${refused ? 'true' : 'false'}
            @change=${this.#onChoose}
          />
          <span class="field__hint" id="file-hint">${interpolate(words.hint, { max: uploadLimitMegabytes })}</span>
          ${refused ? html`<span class="field__error" id="file-problem" role="alert">${state.message}</span>` : nothing}
        </div>
        <div class="field">
          <label for="document-type">${words.documentType}</label>
          <select
            id="document-type"
            ?disabled=${uploading}
            @change=${(event: Event) => {
              const value = (event.target as HTMLSelectElement).value;
              this.documentType = documentTypes.find((type) => type === value) ?? 'OriginalInvoice';
            }}
          >
            ${documentTypes.map((type) => html`<option value=${type} ?selected=${type === this.documentType}>${words.types[type]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="file-description"
            >${words.description} <span class="quiet">(${this.messages!.common.optional})</span></label
          >
          <input
            id="file-description"
            type="text"
            .value=${this.description}
            ?disabled=${uploading}
            @input=${(event: Event) => (this.description = (event.target as HTMLInputElement).value)}
          />
        </div>
        <div class="form__actions">
          <button class="button" type="submit" ?disabled=${uploading}>${words.upload}</button>
        </div>
        ${
          uploading
            ? html`<div class="field">
                <label for="upload-progress">${interpolate(words.uploading, { name: state.name })}</label>
                <progress id="upload-progress" max="100" value=${Math.round(state.fraction * 100)}></progress>
              </div>`
            : nothing
        }
        <p role="status">${state.status === 'done' ? interpolate(words.uploaded, { name: state.name }) : ''}</p>
        ${state.status === 'failed' ? html`<div class="alert alert--danger" role="alert"><p>${state.message}</p></div>` : nothing}
      </form>
    `;
  }
}

export const caseFilesTag = 'debitura-case-files';

defineElement(caseFilesTag, CaseFiles);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-case-files': CaseFiles;
  }
}
