// Shared set-up of the sandbox case tests: a sandbox on a fixed clock, tokens for seeded tenants and a
// small JSON client over sandbox.fetch.
import { createSandbox, SANDBOX_PARTNER_API_KEY, type Sandbox } from '../../src/sandbox/index.js';

export const sandboxNow = new Date('2026-06-15T10:00:00Z');
const origin = 'http://sandbox.test';

export interface JsonAnswer {
  status: number;
  body: any;
  headers: Headers;
}

export function newSandbox(): Sandbox {
  return createSandbox({ now: () => sandboxNow });
}

async function answer(response: Response): Promise<JsonAnswer> {
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

export async function tokenFor(sandbox: Sandbox, externalTenantId: string): Promise<string> {
  const response = await sandbox.fetch(
    new Request(`${origin}/referral/oauth/token`, {
      method: 'POST',
      headers: { XApiKey: SANDBOX_PARTNER_API_KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ externalTenantId }),
    }),
  );
  if (response.status !== 200) throw new Error(`token for ${externalTenantId}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A Customer API client acting with a bearer token, or with a creditor XApiKey when `apiKey` is set. */
export function customerClient(sandbox: Sandbox, credential: { token: string } | { apiKey: string }) {
  const auth: Record<string, string> =
    'token' in credential ? { Authorization: `Bearer ${credential.token}` } : { XApiKey: credential.apiKey };
  return {
    async get(path: string): Promise<JsonAnswer> {
      return answer(await sandbox.fetch(new Request(`${origin}/customer${path}`, { headers: auth })));
    },
    async post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<JsonAnswer> {
      const init: RequestInit = {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      };
      return answer(await sandbox.fetch(new Request(`${origin}/customer${path}`, init)));
    },
    async upload(path: string, form: FormData): Promise<JsonAnswer> {
      return answer(
        await sandbox.fetch(new Request(`${origin}/customer${path}`, { method: 'POST', headers: auth, body: form })),
      );
    },
  };
}

export type CustomerClient = ReturnType<typeof customerClient>;

export async function clientFor(sandbox: Sandbox, externalTenantId: string): Promise<CustomerClient> {
  return customerClient(sandbox, { token: await tokenFor(sandbox, externalTenantId) });
}

export async function referralPost(sandbox: Sandbox, path: string, body: unknown): Promise<JsonAnswer> {
  return answer(
    await sandbox.fetch(
      new Request(`${origin}/referral${path}`, {
        method: 'POST',
        headers: { XApiKey: SANDBOX_PARTNER_API_KEY, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    ),
  );
}

/** A valid POST /cases body for a Danish company debtor; `debtor` fields merge into the debtor. */
export function caseRequest(overrides: Record<string, unknown> = {}, debtor: Record<string, unknown> = {}) {
  return {
    currencyCode: 'DKK',
    amountToRecover: 12500,
    date: '2026-03-01',
    dueDate: '2026-03-31',
    creditorReference: `T-${Math.random().toString(36).slice(2, 12)}`,
    debtor: {
      type: 'Company',
      name: 'Fjord Foods ApS',
      address: 'Havnegade 1',
      city: 'Aarhus',
      zipCode: '8000',
      countryAlpha2: 'DK',
      ...debtor,
    },
    ...overrides,
  };
}
