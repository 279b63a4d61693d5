// The Customer API as the widget uses it, and the only way the widget reaches it: views call these methods and
// never see a token or a URL. Pure TypeScript over `fetch` (and XMLHttpRequest for the one upload that reports
// progress): every answer is checked against the published schema, every failure becomes a DebituraApiError,
// a refused token is replaced once, and retries never risk creating a second case.
import { array } from 'zod/mini';
import type * as z from 'zod/mini';
import type { CreateCollectionCaseRequestApiViewModel } from '../../wire/case.js';
import { InvoiceDto } from '../../wire/case.js';
import { InvoiceListDto, type CaseListQuery } from '../../wire/case-list.js';
import {
  CaseContractStatusApiDTO,
  CaseFileDto,
  CaseTimelineResponse,
  CaseValidationStatusDto,
  ChatDto,
  PaymentDto,
  UserListDto,
  fileUploadLimits,
  type CollectionPartnerUserDto,
  type DocumentType,
  type SendChatRequest,
} from '../../wire/case-resources.js';
import { CreditorMeApiDTO } from '../../wire/creditor-me.js';
import { CaseEligibilityResponseApiDTO, type CaseEligibilityRequestApiDTO } from '../../wire/coverage.js';
import { DivisionListDto, type DivisionDto } from '../../wire/divisions.js';
import { TaskDto, TaskListDto, type TaskListQuery } from '../../wire/tasks.js';
import { LeadListDto, LeadQuoteDetailDto, LeadQuoteListDto } from '../../wire/quote-requests.js';
import { ExclusivePeriodDto } from '../../wire/exclusive-period.js';
import { PaymentListApiDTO, type PaymentListQuery } from '../../wire/account-payments.js';
import {
  PreviewCaseResponseApiViewModel,
  type PreviewCaseRequestApiViewModel,
  type PreviewResultDto,
} from '../../wire/preview.js';
import { fullJitterBackoff } from '../retry/backoff.js';
import { TokenError } from '../token/token-error.js';
import { DebituraApiError, toApiError } from './api-error.js';
import { apiErrorFromResponse } from './error-mapping.js';
import { callSettings } from './partner-proxy.js';
import { sendWithXhr, type SendWithProgress } from './upload-transport.js';

export interface RetryOptions {
  /** Retries after the first try (0 disables retrying). */
  attempts: number;
  /** Scale of the first backoff delay; later ones double, with full jitter. */
  baseDelayMs: number;
}

export interface CustomerApiClientOptions {
  /** Customer API root without a trailing slash, e.g. `https://customer-api.debitura.com`. */
  baseUrl: string;
  /** `baseUrl` is the partner's proxy (`api-base`): send its cookies and its CSRF header. */
  viaPartnerProxy?: boolean;
  getToken: () => Promise<string>;
  /** Called with the token Debitura refused (401), so the token source drops it before the one retry. */
  onUnauthorized: (rejectedToken: string) => void;
  fetch?: typeof fetch;
  retry?: RetryOptions;
  /** Each try is abandoned after this long (an upload: after this long without progress) as a connection failure. */
  timeoutMs?: number;
  /** Delay source for backoff; injectable for deterministic tests. */
  random?: () => number;
  /** Sends an upload with progress; XMLHttpRequest by default, injectable where there is none. */
  sendWithProgress?: SendWithProgress;
  /** The widget's locale (BCP 47), sent as `Accept-Language` so Debitura can answer in it where it can. */
  language?: () => string | null;
}

export interface CreateCaseOptions {
  /**
   * Sent as `Idempotency-Key` on the first try and every retry, so Debitura replays the stored answer instead
   * of creating a second case. Keep the same key when the user retries the same submission. At most 255 chars.
   */
  idempotencyKey: string;
  signal?: AbortSignal;
}

export interface UploadOptions {
  documentType?: DocumentType;
  description?: string;
  /** Fraction sent so far, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

interface RequestSpec<T> {
  method: 'GET' | 'POST';
  path: string;
  schema: z.ZodMiniType<T>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart with upload progress instead of a JSON body. */
  upload?: { form: FormData; onProgress: (fraction: number) => void };
  query?: URLSearchParams;
  idempotencyKey?: string;
  signal?: AbortSignal | undefined;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: DebituraApiError };

const defaultRetry: RetryOptions = { attempts: 2, baseDelayMs: 400 };
const defaultTimeoutMs = 30_000;
const backoffCapMs = 8_000;
/** A 429 asking to wait longer than this is reported instead of waited out. */
const longestRateLimitWaitSeconds = 10;
const maxIdempotencyKeyLength = 255;

export class CustomerApiClient {
  readonly baseUrl: string;
  readonly viaPartnerProxy: boolean;
  readonly #getToken: () => Promise<string>;
  readonly #onUnauthorized: (rejectedToken: string) => void;
  readonly #fetch: typeof fetch;
  readonly #retry: RetryOptions;
  readonly #timeoutMs: number;
  readonly #random: () => number;
  readonly #sendWithProgress: SendWithProgress;
  readonly #language: () => string | null;

  constructor(options: CustomerApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.viaPartnerProxy = options.viaPartnerProxy ?? false;
    this.#getToken = options.getToken;
    this.#onUnauthorized = options.onUnauthorized;
    // Bound so a page's `window.fetch` is not called with the client as `this`.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#retry = options.retry ?? defaultRetry;
    this.#timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    this.#random = options.random ?? Math.random;
    this.#sendWithProgress = options.sendWithProgress ?? sendWithXhr;
    this.#language = options.language ?? (() => null);
  }

  /** The creditor the token acts for. */
  getMe(signal?: AbortSignal) {
    return this.#request({ method: 'GET', path: '/me', schema: CreditorMeApiDTO, signal });
  }

  /** Eligibility, partner, pricing and required signings for a case, nothing stored. */
  async previewCase(body: PreviewCaseRequestApiViewModel, signal?: AbortSignal): Promise<PreviewResultDto> {
    const answer = await this.#request({
      method: 'POST',
      path: '/cases/preview',
      schema: PreviewCaseResponseApiViewModel,
      body,
      signal,
    });
    if (!answer.result) throw unexpectedAnswer('/cases/preview');
    return answer.result;
  }

  createCase(body: CreateCollectionCaseRequestApiViewModel, options: CreateCaseOptions): Promise<InvoiceDto> {
    const key = options.idempotencyKey;
    if (!key || key.length > maxIdempotencyKeyLength) {
      return Promise.reject(
        new DebituraApiError({
          type: 'validation_error',
          message: `The idempotency key must be 1–${maxIdempotencyKeyLength} characters.`,
        }),
      );
    }
    return this.#request({
      method: 'POST',
      path: '/cases',
      schema: InvoiceDto,
      body,
      idempotencyKey: key,
      signal: options.signal,
    });
  }

  listCases(query: CaseListQuery, signal?: AbortSignal) {
    return this.#request({
      method: 'GET',
      path: '/cases',
      schema: InvoiceListDto,
      query: caseListSearchParams(query),
      signal,
    });
  }

  getCase(id: string, signal?: AbortSignal) {
    return this.#request({ method: 'GET', path: `/cases/${encodeURIComponent(id)}`, schema: InvoiceDto, signal });
  }

  getTimeline(id: string, signal?: AbortSignal) {
    return this.#request({ method: 'GET', path: `${casePath(id)}/timeline`, schema: CaseTimelineResponse, signal });
  }

  getPayments(id: string, signal?: AbortSignal) {
    return this.#request({ method: 'GET', path: `${casePath(id)}/payments`, schema: array(PaymentDto), signal });
  }

  getChats(id: string, signal?: AbortSignal) {
    return this.#request({ method: 'GET', path: `${casePath(id)}/chats`, schema: array(ChatDto), signal });
  }

  /** Not retried: a message is not idempotent and the API takes no key for it. */
  sendChat(id: string, body: SendChatRequest, signal?: AbortSignal) {
    return this.#request({ method: 'POST', path: `${casePath(id)}/chats`, schema: ChatDto, body, signal });
  }

  getFiles(id: string, signal?: AbortSignal) {
    return this.#request({ method: 'GET', path: `${casePath(id)}/files`, schema: array(CaseFileDto), signal });
  }

  /**
   * Adds a file to the case (multipart, with progress). Not retried after it was sent: the API takes no key for
   * it, and a second try could store the file twice; the user decides whether to send it again.
   */
  uploadCaseFile(id: string, file: File, options: UploadOptions = {}) {
    const form = new FormData();
    form.append(fileUploadLimits.formFields.file, file, file.name);
    if (options.description) form.append(fileUploadLimits.formFields.description, options.description);
    if (options.documentType) form.append(fileUploadLimits.formFields.documentType, options.documentType);
    return this.#request({
      method: 'POST',
      path: `${casePath(id)}/files`,
      schema: CaseFileDto,
      upload: { form, onProgress: options.onProgress ?? (() => {}) },
      signal: options.signal,
    });
  }

  /** What the case still needs from the creditor (when Debitura asks for more details). */
  getCaseValidation(id: string, signal?: AbortSignal) {
    return this.#request({
      method: 'GET',
      path: `${casePath(id)}/validation`,
      schema: CaseValidationStatusDto,
      signal,
    });
  }

  /** The creditor's team (first 100 members; a team that chats on cases is far smaller). */
  async listTeamUsers(signal?: AbortSignal): Promise<CollectionPartnerUserDto[]> {
    const query = new URLSearchParams({ Page: '1', PageSize: '100' });
    const list = await this.#request({ method: 'GET', path: '/users', schema: UserListDto, query, signal });
    return list.users ?? [];
  }

  /** The creditor's divisions that take new cases (archived ones are left out; first 100). */
  async listDivisions(signal?: AbortSignal): Promise<DivisionDto[]> {
    const query = new URLSearchParams({ page: '1', pageSize: '100' });
    const list = await this.#request({ method: 'GET', path: '/divisions', schema: DivisionListDto, query, signal });
    return list.divisions ?? [];
  }

  /** Whether a case for this debtor could be filed, and with which partner; stores nothing, checks no SDCA. */
  checkEligibility(body: CaseEligibilityRequestApiDTO, signal?: AbortSignal) {
    return this.#request({
      method: 'POST',
      path: '/coverage/check-eligibility',
      schema: CaseEligibilityResponseApiDTO,
      body,
      signal,
    });
  }

  getContractStatus(id: string, signal?: AbortSignal) {
    return this.#request({
      method: 'GET',
      path: `${casePath(id)}/contract-status`,
      schema: CaseContractStatusApiDTO,
      signal,
    });
  }

  /** One page of the account's tasks, across every case (Open ones unless `status` says otherwise). */
  listTasks(query: TaskListQuery = {}, signal?: AbortSignal) {
    return this.#request({
      method: 'GET',
      path: '/tasks',
      schema: TaskListDto,
      query: taskListSearchParams(query),
      signal,
    });
  }

  /** The open tasks of one case; account-level tasks are never listed here. */
  listCaseTasks(id: string, signal?: AbortSignal) {
    return this.#request({ method: 'GET', path: `${casePath(id)}/tasks`, schema: array(TaskDto), signal });
  }

  /** The case's quote requests (a case in a quote stage asks collection partners for quotes). */
  listQuoteRequests(id: string, signal?: AbortSignal) {
    return this.#request({ method: 'GET', path: `${casePath(id)}/quote-requests`, schema: LeadListDto, signal });
  }

  /** The partners' quotes on one quote request. */
  listQuotes(id: string, quoteRequestId: string, signal?: AbortSignal) {
    return this.#request({
      method: 'GET',
      path: `${quoteRequestPath(id, quoteRequestId)}/quotes`,
      schema: LeadQuoteListDto,
      signal,
    });
  }

  /** One quote in full, with the link to it in Debitura's app. */
  getQuote(id: string, quoteRequestId: string, quoteId: string, signal?: AbortSignal) {
    return this.#request({
      method: 'GET',
      path: `${quoteRequestPath(id, quoteRequestId)}/quotes/${encodeURIComponent(quoteId)}`,
      schema: LeadQuoteDetailDto,
      signal,
    });
  }

  /** The case's exclusive collection period and its extensions; Debitura answers 404 before collection starts. */
  getExclusivePeriod(id: string, signal?: AbortSignal) {
    return this.#request({
      method: 'GET',
      path: `${casePath(id)}/exclusive-period`,
      schema: ExclusivePeriodDto,
      signal,
    });
  }

  /** One page of every payment on the account, across all cases. */
  listAccountPayments(query: PaymentListQuery = {}, signal?: AbortSignal) {
    const params = new URLSearchParams();
    if (query.Page !== undefined) params.set('Page', String(query.Page));
    if (query.PageSize !== undefined) params.set('PageSize', String(query.PageSize));
    return this.#request({ method: 'GET', path: '/Payments', schema: PaymentListApiDTO, query: params, signal });
  }

  /** One payment of the account, by its id. */
  getAccountPayment(id: string, signal?: AbortSignal) {
    return this.#request({
      method: 'GET',
      path: `/Payments/${encodeURIComponent(id)}`,
      schema: PaymentDto,
      signal,
    });
  }

  async #request<T>(spec: RequestSpec<T>): Promise<T> {
    // Only a GET, or a POST carrying an idempotency key, can be sent twice without a second effect.
    const repeatable = spec.method === 'GET' || spec.idempotencyKey !== undefined;
    let retriedUnauthorized = false;
    for (let attempt = 0; ; attempt++) {
      throwIfAborted(spec.signal);
      const token = await this.#token();
      const outcome = await this.#send(spec, token);
      if (outcome.ok) return outcome.value;
      const error = outcome.error;
      if (error.type === 'authentication_error' && !retriedUnauthorized) {
        retriedUnauthorized = true;
        this.#onUnauthorized(token);
        attempt--;
        continue;
      }
      if (attempt >= this.#retry.attempts) throw error;
      if (error.type === 'rate_limit_error') {
        const wait = error.retryAfterSeconds;
        // A 429 was refused before any processing, so waiting it out is safe for every request.
        if (wait === undefined || wait > longestRateLimitWaitSeconds) throw error;
        await sleep(wait * 1000, spec.signal);
        continue;
      }
      const transient =
        error.type === 'api_connection_error' || (error.type === 'api_error' && (error.status ?? 0) >= 500);
      if (!transient || !repeatable) throw error;
      await sleep(
        fullJitterBackoff(attempt, { baseDelayMs: this.#retry.baseDelayMs, capMs: backoffCapMs }, this.#random),
        spec.signal,
      );
    }
  }

  /** A token for the next try. One the source cannot give right now is a connection problem, not a sign-out. */
  async #token(): Promise<string> {
    try {
      return await this.#getToken();
    } catch (error) {
      throw error instanceof TokenError
        ? toApiError(error)
        : new DebituraApiError({ type: 'authentication_error', message: 'No access token.' });
    }
  }

  async #send<T>(spec: RequestSpec<T>, token: string): Promise<Outcome<T>> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
      ...callSettings(this.viaPartnerProxy).headers,
    };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (spec.idempotencyKey !== undefined) headers['Idempotency-Key'] = spec.idempotencyKey;
    const language = acceptLanguage(this.#language());
    if (language) headers['Accept-Language'] = language;
    const query = spec.query?.toString();
    const url = `${this.baseUrl}${spec.path}${query ? `?${query}` : ''}`;

    let answer: { status: number; body: unknown };
    try {
      answer = spec.upload
        ? await this.#sendUpload(url, headers, spec.upload, spec.signal)
        : await this.#sendJson(url, spec.method, headers, spec.body, spec.signal);
    } catch (error) {
      throwIfAborted(spec.signal);
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return {
        ok: false,
        error: new DebituraApiError({
          type: 'api_connection_error',
          message: timedOut ? 'Debitura did not answer in time.' : 'Debitura could not be reached.',
        }),
      };
    }
    if (answer.status < 200 || answer.status >= 300) {
      return { ok: false, error: apiErrorFromResponse(answer.status, answer.body) };
    }
    const parsed = spec.schema.safeParse(answer.body);
    if (!parsed.success) throw unexpectedAnswer(spec.path, answer.status);
    return { ok: true, value: parsed.data };
  }

  async #sendJson(
    url: string,
    method: string,
    headers: Record<string, string>,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<{ status: number; body: unknown }> {
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    const response = await this.#fetch(url, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      credentials: callSettings(this.viaPartnerProxy).credentials,
    });
    return { status: response.status, body: parseJson(await response.text()) };
  }

  async #sendUpload(
    url: string,
    headers: Record<string, string>,
    upload: NonNullable<RequestSpec<unknown>['upload']>,
    signal: AbortSignal | undefined,
  ): Promise<{ status: number; body: unknown }> {
    const answer = await this.#sendWithProgress({
      url,
      headers,
      body: upload.form,
      signal: signal ?? new AbortController().signal,
      onProgress: upload.onProgress,
      stallTimeoutMs: this.#timeoutMs,
      withCredentials: callSettings(this.viaPartnerProxy).credentials === 'include',
    });
    return { status: answer.status, body: parseJson(answer.text) };
  }
}

/** GET /cases query; arrays repeat the key (`Statuses=Active&Statuses=Closed`), OpenAPI's default for arrays. */
export function caseListSearchParams(query: CaseListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.Page !== undefined) params.set('Page', String(query.Page));
  if (query.PageSize !== undefined) params.set('PageSize', String(query.PageSize));
  for (const status of query.Statuses ?? []) params.append('Statuses', status);
  if (query.Query) params.set('Query', query.Query);
  if (query.Sort) params.set('Sort', query.Sort);
  return params;
}

/** GET /tasks query; `type` repeats the key, as the spec's array parameter does. */
export function taskListSearchParams(query: TaskListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  for (const type of query.type ?? []) params.append('type', type);
  if (query.Page !== undefined) params.set('Page', String(query.Page));
  if (query.PageSize !== undefined) params.set('PageSize', String(query.PageSize));
  return params;
}

function casePath(id: string): string {
  return `/cases/${encodeURIComponent(id)}`;
}

function quoteRequestPath(id: string, quoteRequestId: string): string {
  return `${casePath(id)}/quote-requests/${encodeURIComponent(quoteRequestId)}`;
}

function unexpectedAnswer(path: string, status?: number): DebituraApiError {
  return new DebituraApiError({
    type: 'api_error',
    message: `Debitura's answer to ${path} does not have the documented shape.`,
    ...(status !== undefined ? { status } : {}),
  });
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * `Accept-Language` for a BCP 47 tag, with English as the fallback Debitura surely has ("da-DK, da;q=0.9,
 * en;q=0.5"). Only letters, digits and hyphens pass, which keeps the header CORS-safelisted (no preflight).
 */
export function acceptLanguage(locale: string | null | undefined): string | null {
  const tag = locale?.trim();
  if (!tag || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return null;
  const language = tag.split('-')[0]!.toLowerCase();
  const ranges = [tag];
  if (language !== tag.toLowerCase()) ranges.push(`${language};q=0.9`);
  if (language !== 'en') ranges.push('en;q=0.5');
  return ranges.join(', ');
}

/** What the client offers, without its private state: what views are handed (see customer-api-on-demand.ts). */
export type CustomerApi = { [Member in keyof CustomerApiClient]: CustomerApiClient[Member] };
