// Tokens for the state gallery, which shows several sandbox tenants on one page at once. A partner page gets
// its token from its own backend (the `token-endpoint` attribute); the gallery asks the local sandbox's
// Referral Partner API directly, with the sandbox's published demo key, so each card can be a different tenant.
// The bench and the demo's tests read the sandbox the same way, from Node, with the origin it listens on.
import { readyClientEmailDomain } from '../src/sandbox/unlinked-tenants.js';
import type { InvoiceListDto } from '../src/wire/case-list.js';
import type { FetchToken } from '../src/widget/index.js';

const sandboxPartnerKey = 'sandbox-partner-key';

/** `origin` is the sandbox's, for callers outside the page it serves (the page itself leaves it empty). */
export function sandboxTokenFor(externalTenantId: string, origin = ''): FetchToken {
  return async () => {
    const response = await fetch(`${origin}/referral/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', XApiKey: sandboxPartnerKey },
      body: JSON.stringify({ externalTenantId }),
    });
    if (!response.ok) throw new Error(`the sandbox refused a token for ${externalTenantId} (${response.status})`);
    const { accessToken, expiresIn } = (await response.json()) as { accessToken: string; expiresIn: number };
    return { accessToken, expiresIn };
  };
}

let freshTenants = 0;

/**
 * A token for a tenant made for this page load and ready at once (the sandbox makes a client onboarded by a
 * `@ready-client.example` user ready), so what a card sends stays out of the demo tenants' own cases.
 */
export function freshReadyTenantToken(): FetchToken {
  const externalTenantId = `gallery-${Date.now().toString(36)}-${++freshTenants}`;
  let created: Promise<void> | null = null;
  const create = async () => {
    const response = await fetch('/referral/clients', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', XApiKey: sandboxPartnerKey },
      body: JSON.stringify({
        externalTenantId,
        client: { name: 'Gallery Demo ApS', country: 'DK', supportEmail: `support@${readyClientEmailDomain}` },
        users: [{ name: 'Gallery User', email: `gallery@${readyClientEmailDomain}`, isOnboardingUser: true }],
      }),
    });
    if (response.status !== 201) throw new Error(`the sandbox did not create ${externalTenantId} (${response.status})`);
  };
  const mint = sandboxTokenFor(externalTenantId);
  return async () => {
    created ??= create().catch((error: unknown) => {
      created = null;
      throw error;
    });
    await created;
    return mint();
  };
}

/** A page of the tenant's cases, as `GET /customer/cases?<query>` answers it. */
export async function sandboxCases(externalTenantId: string, query: string, origin = ''): Promise<InvoiceListDto> {
  const token = await sandboxTokenFor(externalTenantId, origin)();
  const accessToken = typeof token === 'string' ? token : token.accessToken;
  const response = await fetch(`${origin}/customer/cases?${query}`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) throw new Error(`the sandbox answered ${response.status} for ${externalTenantId}'s cases`);
  return (await response.json()) as InvoiceListDto;
}

/** The id of one of the tenant's cases, for the detail card. */
export async function firstCaseId(externalTenantId: string): Promise<string> {
  const id = (await sandboxCases(externalTenantId, 'PageSize=1')).cases?.[0]?.id;
  if (!id) throw new Error(`${externalTenantId} has no cases`);
  return id;
}
