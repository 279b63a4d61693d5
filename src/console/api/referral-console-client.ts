// The Referral API as the partner console uses it, through the partner's own proxy (`api-base`): every call
// carries the staff member's cookies and the proxy's CSRF header, every answer is checked against the published
// schema, and every failure becomes a DebituraApiError (the proxy's own refusals keep their `code`, e.g.
// `forbidden` or `operation_disabled`). The partner's API key never reaches the browser.
import * as z from 'zod/mini';
import {
  ClientCreatedResponse,
  ClientDeletableResponse,
  GetClientsResponse,
  KycVerificationDto,
  type SubmitKycVerificationRequest,
} from '../../wire/referral.js';
import {
  GetCaseDetailResponse,
  GetCasesResponse,
  GetFilterOptionsResponse,
  TransactionsResponse,
} from '../../wire/referral-reporting.js';
import {
  TriggerTestWebhookResponse,
  WebhookDto,
  type CreateWebhookRequest,
  type TriggerTestWebhookRequest,
  type UpdateWebhookRequest,
} from '../../wire/webhooks.js';
import { DebituraApiError } from '../../widget/api/api-error.js';
import { acceptLanguage } from '../../widget/api/customer-api-client.js';
import { apiErrorFromResponse } from '../../widget/api/error-mapping.js';
import {
  clientListSearchParams,
  partnerCaseSearchParams,
  transactionSearchParams,
  type ClientListQuery,
  type PartnerCaseListQuery,
  type TransactionListQuery,
} from './referral-queries.js';

/** Sent on every call: the proxy's CSRF rule wants it (or a JSON body) on anything that changes something. */
export const consoleRequestHeader = { name: 'X-Requested-With', value: 'debitura-partner-console' } as const;

export interface ReferralConsoleClientOptions {
  /** The partner's Referral API proxy, absolute, without a trailing slash. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** The console's locale (BCP 47), sent as `Accept-Language`. */
  language?: () => string | null;
  /** A call is abandoned after this long, as a connection failure. Default 30 s. */
  timeoutMs?: number;
}

interface Call<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** Null for an answer without a body (204). */
  schema: z.ZodMiniType<T> | null;
  query?: URLSearchParams;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal | undefined;
}

const empty = z.null();

export class ReferralConsoleClient {
  readonly baseUrl: string;
  readonly #fetch: typeof fetch;
  readonly #language: () => string | null;
  readonly #timeoutMs: number;

  constructor(options: ReferralConsoleClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    // Bound so a page's `window.fetch` is not called with the client as `this`.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#language = options.language ?? (() => null);
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  listClients(query: ClientListQuery, signal?: AbortSignal) {
    return this.#call({
      method: 'GET',
      path: '/clients',
      schema: GetClientsResponse,
      query: clientListSearchParams(query),
      signal,
    });
  }

  getClient(externalTenantId: string, signal?: AbortSignal) {
    return this.#call({ method: 'GET', path: clientPath(externalTenantId), schema: ClientCreatedResponse, signal });
  }

  /** Test environment only: whether a reset can delete the client, and what stands in the way. */
  isDeletable(externalTenantId: string, signal?: AbortSignal) {
    return this.#call({
      method: 'GET',
      path: `${clientPath(externalTenantId)}/is-deletable`,
      schema: ClientDeletableResponse,
      signal,
    });
  }

  /** 409 when the client is not attributed or one of its cases has moved past contract signing. */
  async withdrawClient(externalTenantId: string, signal?: AbortSignal): Promise<void> {
    await this.#call({ method: 'POST', path: `${clientPath(externalTenantId)}/withdraw`, schema: empty, signal });
  }

  /** The same key with the same body returns the first answer, so a retried submission is not a second one. */
  submitKyc(
    externalTenantId: string,
    body: SubmitKycVerificationRequest,
    idempotencyKey: string,
    signal?: AbortSignal,
  ) {
    return this.#call({
      method: 'POST',
      path: `${clientPath(externalTenantId)}/kyc-verification`,
      schema: KycVerificationDto,
      body,
      idempotencyKey,
      signal,
    });
  }

  /** Test environment only: deletes the client, its cases and its Debitura account. */
  async resetClient(externalTenantId: string, signal?: AbortSignal): Promise<void> {
    await this.#call({ method: 'DELETE', path: clientPath(externalTenantId), schema: empty, signal });
  }

  listCases(query: PartnerCaseListQuery, signal?: AbortSignal) {
    return this.#call({
      method: 'GET',
      path: '/cases',
      schema: GetCasesResponse,
      query: partnerCaseSearchParams(query),
      signal,
    });
  }

  getCase(id: string, signal?: AbortSignal) {
    return this.#call({
      method: 'GET',
      path: `/cases/${encodeURIComponent(id)}`,
      schema: GetCaseDetailResponse,
      signal,
    });
  }

  filterOptions(signal?: AbortSignal) {
    return this.#call({
      method: 'GET',
      path: '/referral-partner/filter-options',
      schema: GetFilterOptionsResponse,
      signal,
    });
  }

  listTransactions(query: TransactionListQuery, signal?: AbortSignal) {
    return this.#call({
      method: 'GET',
      path: '/reporting/transactions',
      schema: TransactionsResponse,
      query: transactionSearchParams(query),
      signal,
    });
  }

  listWebhooks(signal?: AbortSignal) {
    return this.#call({ method: 'GET', path: '/v1/Webhooks', schema: z.array(WebhookDto), signal });
  }

  /** The answer carries the signing secret, the only time but for a regeneration that it is shown. */
  createWebhook(body: CreateWebhookRequest, signal?: AbortSignal) {
    return this.#call({ method: 'POST', path: '/v1/Webhooks', schema: WebhookDto, body, signal });
  }

  updateWebhook(id: string, body: UpdateWebhookRequest, signal?: AbortSignal) {
    return this.#call({ method: 'PUT', path: webhookPath(id), schema: WebhookDto, body, signal });
  }

  async deleteWebhook(id: string, signal?: AbortSignal): Promise<void> {
    await this.#call({ method: 'DELETE', path: webhookPath(id), schema: empty, signal });
  }

  /** Test environment only: Debitura queues a signed test delivery to every matching subscription. */
  testWebhook(body: TriggerTestWebhookRequest, signal?: AbortSignal) {
    return this.#call({ method: 'POST', path: '/v1/Webhooks/test', schema: TriggerTestWebhookResponse, body, signal });
  }

  async #call<T>(call: Call<T>): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      [consoleRequestHeader.name]: consoleRequestHeader.value,
    };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    if (call.idempotencyKey !== undefined) headers['Idempotency-Key'] = call.idempotencyKey;
    const language = acceptLanguage(this.#language());
    if (language) headers['Accept-Language'] = language;
    const query = call.query?.toString();
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await this.#fetch(`${this.baseUrl}${call.path}${query ? `?${query}` : ''}`, {
        method: call.method,
        headers,
        body: call.body === undefined ? null : JSON.stringify(call.body),
        credentials: 'include',
        signal: call.signal ? AbortSignal.any([call.signal, timeout]) : timeout,
      });
      text = await response.text();
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new DebituraApiError({
        type: 'api_connection_error',
        message: timedOut ? 'The partner console did not get an answer in time.' : 'The server could not be reached.',
      });
    }
    const body = parseJson(text);
    if (!response.ok) throw apiErrorFromResponse(response.status, body);
    const parsed = (call.schema ?? empty).safeParse(call.schema ? body : null);
    if (!parsed.success) {
      throw new DebituraApiError({
        type: 'api_error',
        status: response.status,
        message: `The answer to ${call.method} ${call.path} does not have the documented shape.`,
      });
    }
    return parsed.data as T;
  }
}

function clientPath(externalTenantId: string): string {
  return `/clients/${encodeURIComponent(externalTenantId)}`;
}

function webhookPath(id: string): string {
  return `/v1/Webhooks/${encodeURIComponent(id)}`;
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
