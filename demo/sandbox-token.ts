// Tokens for the state gallery, which shows several sandbox tenants on one page at once. A partner page gets
// its token from its own backend (the `token-endpoint` attribute); the gallery asks the local sandbox's
// Referral Partner API directly, with the sandbox's published demo key, so each card can be a different tenant.
import { readyClientEmailDomain } from '../src/sandbox/unlinked-tenants.js';
import type { FetchToken } from '../src/widget/index.js';

const sandboxPartnerKey = 'sandbox-partner-key';

export function sandboxTokenFor(externalTenantId: string): FetchToken {
  return async () => {
    const response = await fetch('/referral/oauth/token', {
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

/** The id of one of the tenant's cases, for the detail card. */
export async function firstCaseId(externalTenantId: string): Promise<string> {
  const token = await sandboxTokenFor(externalTenantId)();
  const accessToken = typeof token === 'string' ? token : token.accessToken;
  const response = await fetch('/customer/cases?PageSize=1', { headers: { Authorization: `Bearer ${accessToken}` } });
  const body = (await response.json()) as { cases?: { id: string }[] | null };
  const id = body.cases?.[0]?.id;
  if (!id) throw new Error(`${externalTenantId} has no cases`);
  return id;
}
