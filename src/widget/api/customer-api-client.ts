// The Customer API as the widget uses it. Pure TypeScript over `fetch`: every answer is checked against the
// published schema, every failure becomes a DebituraApiError, and retries never risk creating a second case.
import * as z from 'zod/mini';
import type { CreateCollectionCaseRequestApiViewModel } from '../../wire/case.js';
import { InvoiceDto } from '../../wire/case.js';
import { InvoiceListDto, type CaseListQuery } from '../../wire/case-list.js';
import {
  CaseContractStatusApiDTO,
  CaseFileDto,
  CaseTimelineResponse,
  ChatDto,
  PaymentDto,
  type SendChatRequest,
} from '../../wire/case-resources.js';
import { CreditorMeApiDTO } from '../../wire/creditor-me.js';
import {
  PreviewCaseResponseApiViewModel,
  type PreviewCaseRequestApiViewModel,
  type PreviewResultDto,
} from '../../wire/preview.js';
import { fullJitterBackoff } from '../retry/backoff.js';
import { TokenError } from '../token/token-error.js';
import { DebituraApiError } from './api-error.js';
import { apiErrorFromResponse } from './error-mapping.js';
import { callSettings } from './partner-proxy.js';

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
  /** Each try is abandoned after this long and counts as a connection failure. */
  timeoutMs?: number;
  /** Delay source for backoff; injectable for deterministic tests. */
  random?: () => number;
}

export interface CreateCaseOptions {
  /**
   * Sent as `Idempotency-Key` on the first try and every retry, so Debitura replays the stored answer instead
   * of creating a second case. Keep the same key when the user retries the same submission. At most 255 chars.
   */
  idempotencyKey: string;
  signal?: AbortSignal;
}

interface RequestSpec<T> {
  method: 'GET' | 'POST';
  path: string;
  schema: z.ZodMiniType<T>;
  body?: unknown;
  query?: URLSearchParams;
  idempotencyKey?: string;
  signal?: AbortSignal | undefined;
}

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
          recoverable: false,
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
    return this.#request({ method: 'GET', path: `${casePath(id)}/payments`, schema: z.array(PaymentDto), signal });
  }

  getChats(id: string, signal?: AbortSignal) {
    return this.#request({ method: 'GET', path: `${casePath(id)}/chats`, schema: z.array(ChatDto), signal });
  }

  /** Not retried: a message is not idempotent and the API takes no key for it. */
  sendChat(id: string, body: SendChatRequest, signal?: AbortSignal) {
    return this.#request({ method: 'POST', path: `${casePath(id)}/chats`, schema: ChatDto, body, signal });
  }

  getFiles(id: string, signal?: AbortSignal) {
    return this.#request({ method: 'GET', path: `${casePath(id)}/files`, schema: z.array(CaseFileDto), signal });
  }

  getContractStatus(id: string, signal?: AbortSignal) {
    return this.#request({
      method: 'GET',
      path: `${casePath(id)}/contract-status`,
      schema: CaseContractStatusApiDTO,
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

  async #token(): Promise<string> {
    try {
      return await this.#getToken();
    } catch (error) {
      if (error instanceof TokenError && error.retryable) {
        throw new DebituraApiError({ type: 'api_connection_error', recoverable: true, message: error.message });
      }
      throw new DebituraApiError({
        type: 'authentication_error',
        recoverable: false,
        message: error instanceof Error ? error.message : 'No access token.',
      });
    }
  }

  async #send<T>(
    spec: RequestSpec<T>,
    token: string,
  ): Promise<{ ok: true; value: T } | { ok: false; error: DebituraApiError }> {
    const { credentials, headers: callHeaders } = callSettings(this.viaPartnerProxy);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
      ...callHeaders,
    };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (spec.idempotencyKey !== undefined) headers['Idempotency-Key'] = spec.idempotencyKey;
    const query = spec.query?.toString();
    const url = `${this.baseUrl}${spec.path}${query ? `?${query}` : ''}`;

    const timeout = AbortSignal.timeout(this.#timeoutMs);
    const signal = spec.signal ? AbortSignal.any([spec.signal, timeout]) : timeout;
    let response: Response;
    let body: unknown;
    try {
      response = await this.#fetch(url, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? null : JSON.stringify(spec.body),
        signal,
        credentials,
      });
      body = await readJson(response);
    } catch (error) {
      throwIfAborted(spec.signal);
      const timedOut = timeout.aborted;
      return {
        ok: false,
        error: new DebituraApiError({
          type: 'api_connection_error',
          recoverable: true,
          message: timedOut ? 'Debitura did not answer in time.' : 'Debitura could not be reached.',
        }),
      };
    }
    if (!response.ok) return { ok: false, error: apiErrorFromResponse(response.status, body) };
    const parsed = spec.schema.safeParse(body);
    if (!parsed.success) throw unexpectedAnswer(spec.path, response.status);
    return { ok: true, value: parsed.data };
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

function casePath(id: string): string {
  return `/cases/${encodeURIComponent(id)}`;
}

function unexpectedAnswer(path: string, status?: number): DebituraApiError {
  return new DebituraApiError({
    type: 'api_error',
    recoverable: false,
    message: `Debitura's answer to ${path} does not have the documented shape.`,
    ...(status !== undefined ? { status } : {}),
  });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
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
