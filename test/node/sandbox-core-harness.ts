// Shared set-up of the sandbox core tests: a sandbox on a movable clock and small JSON clients for the
// Referral API (partner key) and the Customer API (bearer token or creditor key).
import { createSandbox, SANDBOX_PARTNER_API_KEY, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';

export const origin = 'http://sandbox.test';
export const startOfTest = new Date('2026-06-15T10:00:00Z');

export interface Clock {
  now(): Date;
  advanceSeconds(seconds: number): void;
}

export function movableClock(start = startOfTest): Clock {
  let current = start.getTime();
  return { now: () => new Date(current), advanceSeconds: (seconds) => (current += seconds * 1000) };
}

export interface JsonAnswer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

export async function answerOf(response: Response): Promise<JsonAnswer> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text, headers: response.headers };
}

export function newSandbox(options: SandboxOptions = {}): { sandbox: Sandbox; clock: Clock } {
  const clock = movableClock();
  return { sandbox: createSandbox({ now: clock.now, ...options }), clock };
}

export async function call(
  sandbox: Sandbox,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<JsonAnswer> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['Content-Type'] ??= 'application/json';
  }
  return answerOf(await sandbox.fetch(new Request(`${origin}${path}`, { method, headers, body })));
}

export const partnerHeaders = { XApiKey: SANDBOX_PARTNER_API_KEY };

export function referral(sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<JsonAnswer> {
  return call(sandbox, method, `/referral${path}`, { headers: partnerHeaders, body });
}

export async function tokenFor(sandbox: Sandbox, externalTenantId: string): Promise<string> {
  const answer = await referral(sandbox, 'POST', '/oauth/token', { externalTenantId });
  if (answer.status !== 200) throw new Error(`token for ${externalTenantId}: ${answer.status}`);
  return answer.body.accessToken as string;
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

/** A Customer API caller acting for one seeded tenant through a freshly minted token. */
export async function customerOf(sandbox: Sandbox, externalTenantId: string) {
  const headers = bearer(await tokenFor(sandbox, externalTenantId));
  return (method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}) =>
    call(sandbox, method, `/customer${path}`, { headers: { ...headers, ...extraHeaders }, body });
}

/** A valid POST /cases body for a debtor in `country` (a test case, so the test endpoints accept it). */
export function caseRequest(overrides: Record<string, unknown> = {}, country = 'DK'): Record<string, unknown> {
  return {
    currencyCode: 'DKK',
    amountToRecover: 1250,
    date: '2026-04-01',
    dueDate: '2026-05-01',
    isTest: true,
    debtor: {
      type: 'Company',
      name: 'Fjordside Cafe ApS',
      address: 'Havnegade 3',
      city: 'Aarhus',
      countryAlpha2: country,
    },
    ...overrides,
  };
}
