// Customer API calls the case detail needs beyond the shared client: the validation items, the team list (a chat
// message must name its sender) and file upload. Upload goes through XMLHttpRequest because fetch cannot report
// upload progress. Each call uses the widget's token and, like the client, asks for a fresh one once after a 401.
import * as z from 'zod/mini';
import {
  CaseFileDto,
  CaseValidationStatusDto,
  UserListDto,
  fileUploadLimits,
  type CollectionPartnerUserDto,
  type DocumentType,
} from '../../../wire/case-resources.js';
import { DebituraApiError } from '../../api/api-error.js';
import { apiErrorFromResponse } from '../../api/error-mapping.js';
import { callSettings } from '../../api/partner-proxy.js';

/** What these calls need from the widget: where the Customer API is and the current token. */
export interface CustomerApiAccess {
  /** Customer API root without a trailing slash. */
  baseUrl: string;
  /** `baseUrl` is the partner's proxy (`api-base`): send its cookies and its CSRF header. */
  viaPartnerProxy?: boolean;
  getToken: () => Promise<string>;
  /** Drops a token Debitura refused, so the next `getToken()` fetches a new one. */
  invalidateToken: (rejectedToken: string) => void;
}

export function getCaseValidation(access: CustomerApiAccess, caseId: string, signal?: AbortSignal) {
  return getJson(access, `${casePath(caseId)}/validation`, CaseValidationStatusDto, signal);
}

/** The creditor's team (first 100 members; a team that chats on cases is far smaller). */
export async function listTeamUsers(
  access: CustomerApiAccess,
  signal?: AbortSignal,
): Promise<CollectionPartnerUserDto[]> {
  const list = await getJson(access, '/users?Page=1&PageSize=100', UserListDto, signal);
  return list.users ?? [];
}

export interface UploadOptions {
  documentType?: DocumentType;
  description?: string;
  /** Fraction sent so far, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export async function uploadCaseFile(
  access: CustomerApiAccess,
  caseId: string,
  file: File,
  options: UploadOptions = {},
): Promise<CaseFileDto> {
  const form = new FormData();
  form.append(fileUploadLimits.formFields.file, file, file.name);
  if (options.description) form.append(fileUploadLimits.formFields.description, options.description);
  if (options.documentType) form.append(fileUploadLimits.formFields.documentType, options.documentType);
  const url = `${access.baseUrl}${casePath(caseId)}/files`;
  return withTokenRetry(access, async (token) => {
    const { status, body } = await sendWithProgress(url, token, form, access.viaPartnerProxy ?? false, options);
    if (status < 200 || status >= 300) return { ok: false, error: apiErrorFromResponse(status, body) };
    const parsed = CaseFileDto.safeParse(body);
    if (!parsed.success) throw unexpectedAnswer('/files', status);
    return { ok: true, value: parsed.data };
  });
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: DebituraApiError };

async function withTokenRetry<T>(
  access: CustomerApiAccess,
  attempt: (token: string) => Promise<Outcome<T>>,
): Promise<T> {
  for (let retried = false; ; retried = true) {
    let token: string;
    try {
      token = await access.getToken();
    } catch (error) {
      throw new DebituraApiError({
        type: 'authentication_error',
        recoverable: false,
        message: error instanceof Error ? error.message : 'No access token.',
      });
    }
    const outcome = await attempt(token);
    if (outcome.ok) return outcome.value;
    if (outcome.error.type !== 'authentication_error' || retried) throw outcome.error;
    access.invalidateToken(token);
  }
}

async function getJson<T>(
  access: CustomerApiAccess,
  path: string,
  schema: z.ZodMiniType<T>,
  signal?: AbortSignal,
): Promise<T> {
  return withTokenRetry(access, async (token) => {
    let response: Response;
    let body: unknown;
    try {
      const { credentials, headers } = callSettings(access.viaPartnerProxy ?? false);
      response = await fetch(`${access.baseUrl}${path}`, {
        headers: { Accept: 'application/json', Authorization: `Bearer ${token}`, ...headers },
        credentials,
        ...(signal ? { signal } : {}),
      });
      body = parseJson(await response.text());
    } catch (error) {
      if (signal?.aborted) throw error;
      return { ok: false, error: connectionError() };
    }
    if (!response.ok) return { ok: false, error: apiErrorFromResponse(response.status, body) };
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw unexpectedAnswer(path, response.status);
    return { ok: true, value: parsed.data };
  });
}

function sendWithProgress(
  url: string,
  token: string,
  form: FormData,
  viaPartnerProxy: boolean,
  options: UploadOptions,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    const { credentials, headers } = callSettings(viaPartnerProxy);
    request.withCredentials = credentials === 'include';
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    });
    request.addEventListener('load', () => resolve({ status: request.status, body: parseJson(request.responseText) }));
    request.addEventListener('error', () => reject(connectionError()));
    request.addEventListener('timeout', () => reject(connectionError()));
    const onAbort = () => request.abort();
    request.addEventListener('abort', () =>
      reject(options.signal?.reason ?? new DOMException('Aborted', 'AbortError')),
    );
    options.signal?.addEventListener('abort', onAbort, { once: true });
    request.addEventListener('loadend', () => options.signal?.removeEventListener('abort', onAbort));
    request.send(form);
  });
}

function casePath(id: string): string {
  return `/cases/${encodeURIComponent(id)}`;
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function connectionError(): DebituraApiError {
  return new DebituraApiError({
    type: 'api_connection_error',
    recoverable: true,
    message: 'Debitura could not be reached.',
  });
}

function unexpectedAnswer(path: string, status: number): DebituraApiError {
  return new DebituraApiError({
    type: 'api_error',
    recoverable: false,
    status,
    message: `Debitura's answer to ${path} does not have the documented shape.`,
  });
}
