// Activation through the token endpoint against the real local sandbox, in-process: a tenant without a client
// link learns where it stands from the 403, activates with `{intent: 'activate'}` (Referral POST /clients from
// the partner's own records), finishes Debitura's hosted page, and resumes with `{intent: 'status'}`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import {
  createTokenHandler,
  type ActivationAnswer,
  type ActivationClient,
  type ActivationOptions,
  type TokenHandlerErrorInfo,
  type TokenHandlerOptions,
} from '../../src/server/index.js';
import { CreditorMeApiDTO } from '../../src/wire/creditor-me.js';

const origin = 'http://sandbox.test';

/** The partner's own records: the tenants' companies and users. */
const directory: Record<string, ActivationClient> = {
  'harbor-bakery': {
    client: { name: 'Harbor Bakery ApS', country: 'DK', supportEmail: 'support@harbor.example', city: 'Aarhus' },
    users: [
      { name: 'Signe Dahl', email: 'signe@harbor.example', isOnboardingUser: true },
      { name: 'Emil Berg', email: 'emil@harbor.example' },
    ],
  },
  'linked-elsewhere': {
    client: { name: 'Elsewhere Consulting GmbH', country: 'DE', supportEmail: 'office@linked-elsewhere.example' },
    users: [{ name: 'Lena Krüger', email: 'lena@linked-elsewhere.example', isOnboardingUser: true }],
  },
  atlantis: {
    client: { name: 'Atlantis Trading', country: 'Atlantis', supportEmail: 'support@atlantis.example' },
    users: [{ name: 'Nemo', email: 'nemo@atlantis.example' }],
  },
  'bad-email': {
    client: { name: 'Typo Ltd', country: 'GB', supportEmail: 'not-an-email' },
    users: [{ name: 'Tim', email: 'tim@typo.example' }],
  },
};

/** Signed-in users: `tenant/role`, the role deciding who may activate. */
function session(request: Request): { tenant: string; role: string } | null {
  const match = /(?:^|;\s*)session=([^;/]+)\/(\w+)/.exec(request.headers.get('cookie') ?? '');
  return match ? { tenant: match[1]!, role: match[2]! } : null;
}

function setup(overrides: Partial<ActivationOptions> = {}, handlerOverrides: Partial<TokenHandlerOptions> = {}) {
  const sandbox = createSandbox();
  const upstream: string[] = [];
  const errors: TokenHandlerErrorInfo[] = [];
  const handler = createTokenHandler({
    apiKey: SANDBOX_PARTNER_API_KEY,
    baseUrl: `${origin}/referral`,
    resolveTenant: (request) => session(request)?.tenant ?? null,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      upstream.push(`${request.method} ${new URL(request.url).pathname.replace('/referral', '')}`);
      return sandbox.fetch(request);
    },
    onError: (info) => errors.push(info),
    activation: {
      clientDetails: (tenant) => {
        const details = directory[tenant];
        if (!details) throw new Error(`no tenant ${tenant} in the partner's records`);
        return details;
      },
      mayActivate: (_tenant, request) => session(request)?.role === 'admin',
      ...overrides,
    },
    ...handlerOverrides,
  });
  const count = (call: string) => upstream.filter((entry) => entry === call).length;
  return { sandbox, handler, upstream, errors, count };
}

function post(user: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${origin}/api/debitura/token`, {
    method: 'POST',
    headers: {
      cookie: `session=${user}`,
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

async function answerOf(response: Response, status = 200): Promise<ActivationAnswer> {
  assert.equal(response.status, status, await response.clone().text());
  assert.equal(response.headers.get('cache-control'), 'no-store');
  return (await response.json()) as ActivationAnswer;
}

/** Submits a hosted page's form, as the user does in the other tab. */
async function completeHostedPage(sandbox: ReturnType<typeof createSandbox>, url: string): Promise<void> {
  const { pathname, search } = new URL(url);
  const response = await sandbox.fetch(
    new Request(`${origin}${pathname}${search}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
    }),
  );
  assert.equal(response.status, 200, await response.text());
}

test('an unlinked tenant’s 403 carries the activation state, named from the partner’s records', async () => {
  const { handler } = setup();
  const response = await handler(post('harbor-bakery/admin'));
  assert.equal(response.status, 403);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const body = (await response.json()) as { error: string; activation: ActivationAnswer };
  assert.equal(body.error, 'tenant_not_linked');
  assert.equal(body.activation.state, 'not_activated');
  assert.equal(body.activation.mayActivate, true);
  assert.equal(body.activation.company, 'Harbor Bakery ApS');
  assert.equal(body.activation.url, null);
});

test('202: activation creates the client; after hosted onboarding the status is active and the token works', async () => {
  const { handler, sandbox, count } = setup();
  const started = await answerOf(await handler(post('harbor-bakery/admin', { intent: 'activate' })));
  assert.equal(started.state, 'onboarding');
  assert.match(started.url ?? '', /^http:\/\/sandbox\.test\/hosted\/onboarding\/companydetails\//);
  assert.equal(count('POST /clients'), 1);

  const waiting = await answerOf(await handler(post('harbor-bakery/admin', { intent: 'status' })));
  assert.equal(waiting.state, 'onboarding');
  assert.equal(waiting.url, started.url, 'the same hosted page to reopen');

  await completeHostedPage(sandbox, started.url!);
  const done = await answerOf(await handler(post('harbor-bakery/admin', { intent: 'status' })));
  assert.equal(done.state, 'active');

  const token = (await (await handler(post('harbor-bakery/admin'))).json()) as { accessToken: string };
  const me = await sandbox.fetch(
    new Request(`${origin}/customer/me`, { headers: { Authorization: `Bearer ${token.accessToken}` } }),
  );
  assert.equal(CreditorMeApiDTO.parse(await me.json()).companyName, 'Harbor Bakery ApS');
  assert.equal(count('POST /clients'), 1, 'resuming never asks POST /clients again');
});

test('activating twice, or from two tabs at once, creates one client', async () => {
  const { handler, sandbox } = setup();
  const [first, second] = await Promise.all([
    handler(post('harbor-bakery/admin', { intent: 'activate' })).then((response) => answerOf(response)),
    handler(post('harbor-bakery/admin', { intent: 'activate' })).then((response) => answerOf(response)),
  ]);
  const third = await answerOf(await handler(post('harbor-bakery/admin', { intent: 'activate' })));
  assert.equal(first.url, second.url);
  assert.equal(first.url, third.url);
  const clients = await sandbox.fetch(
    new Request(`${origin}/referral/clients?ExternalTenantId=harbor-bakery`, {
      headers: { XApiKey: SANDBOX_PARTNER_API_KEY },
    }),
  );
  assert.equal(((await clients.json()) as { clients: unknown[] }).clients.length, 1);
});

test('409 ClientExistsNeedsLinking: approval pending without asking again; approved → active', async () => {
  const { handler, sandbox, count } = setup();
  const pending = await answerOf(await handler(post('linked-elsewhere/admin', { intent: 'activate' })));
  assert.equal(pending.state, 'approval_pending');
  assert.match(pending.url ?? '', /\/hosted\/referralpartner\/approve\?token=/);

  const status = await answerOf(await handler(post('linked-elsewhere/admin', { intent: 'status' })));
  assert.deepEqual([status.state, status.url], ['approval_pending', pending.url]);
  const again = await answerOf(await handler(post('linked-elsewhere/admin', { intent: 'activate' })));
  assert.equal(again.state, 'approval_pending');
  assert.equal(count('POST /clients'), 1, 'the account owner is not sent a second request');

  await completeHostedPage(sandbox, pending.url!);
  assert.equal((await answerOf(await handler(post('linked-elsewhere/admin', { intent: 'status' })))).state, 'active');
  assert.equal((await handler(post('linked-elsewhere/admin'))).status, 200);
});

test('a declined link request the partner learned of by webhook shows as declined; asking again sends a new one', async () => {
  let outcome: { outcome: 'declined'; at: Date } | null = null;
  const { handler, count } = setup({ linkRequestOutcome: () => outcome });
  await answerOf(await handler(post('linked-elsewhere/admin', { intent: 'activate' })));
  outcome = { outcome: 'declined', at: new Date(Date.now() + 1000) };
  assert.equal((await answerOf(await handler(post('linked-elsewhere/admin', { intent: 'status' })))).state, 'declined');
  const asked = await answerOf(await handler(post('linked-elsewhere/admin', { intent: 'activate' })));
  assert.equal(count('POST /clients'), 2);
  // The webhook's outcome is older than the new request, so the new request is pending again.
  outcome = { outcome: 'declined', at: new Date(Date.now() - 60_000) };
  assert.equal(asked.state, 'approval_pending');
  assert.equal(
    (await answerOf(await handler(post('linked-elsewhere/admin', { intent: 'status' })))).state,
    'approval_pending',
  );
});

test('a user the partner does not let activate sees mayActivate false and cannot activate', async () => {
  const { handler, count } = setup();
  const body = (await (await handler(post('harbor-bakery/member'))).json()) as { activation: ActivationAnswer };
  assert.equal(body.activation.mayActivate, false);
  assert.equal(body.activation.company, 'Harbor Bakery ApS');
  const refused = await handler(post('harbor-bakery/member', { intent: 'activate' }));
  assert.equal(refused.status, 403);
  assert.equal(((await refused.json()) as { error: string }).error, 'activation_not_allowed');
  assert.equal(count('POST /clients'), 0);
});

test('partner data Debitura refuses (unknown country) is logged with the field and shown as failed', async () => {
  const { handler, errors } = setup();
  const failed = await answerOf(await handler(post('atlantis/admin', { intent: 'activate' })));
  assert.equal(failed.state, 'failed');
  const logged = errors.find((info) => info.code === 'activation_failed');
  assert.ok(logged, JSON.stringify(errors));
  assert.equal(logged.externalTenantId, 'atlantis');
  assert.equal(logged.upstreamStatus, 400);
  assert.deepEqual(Object.values(logged.fields ?? {}).flat(), ['Unknown country: Atlantis']);
});

test('partner data that cannot pass Debitura’s schema is not sent; the field is logged', async () => {
  const { handler, errors, count } = setup();
  const failed = await answerOf(await handler(post('bad-email/admin', { intent: 'activate' })));
  assert.equal(failed.state, 'failed');
  assert.equal(count('POST /clients'), 0);
  assert.deepEqual(Object.keys(errors.find((info) => info.code === 'activation_failed')?.fields ?? {}), [
    'client.supportEmail',
  ]);
});

test('several users without exactly one onboarding user are refused before sending', async () => {
  const { handler, errors, count } = setup({
    clientDetails: () => ({
      client: directory['harbor-bakery']!.client,
      users: directory['harbor-bakery']!.users.map((user) => ({ ...user, isOnboardingUser: false })),
    }),
  });
  assert.equal((await answerOf(await handler(post('harbor-bakery/admin', { intent: 'activate' })))).state, 'failed');
  assert.equal(count('POST /clients'), 0);
  assert.ok(errors.some((info) => info.fields?.users));
});

test('a throwing clientDetails is logged and shown as failed, never a 500', async () => {
  const { handler, errors } = setup();
  const failed = await answerOf(await handler(post('unknown-tenant/admin', { intent: 'activate' })));
  assert.equal(failed.state, 'failed');
  assert.equal(failed.company, null);
  assert.ok(errors.some((info) => info.code === 'activation_failed' && info.cause instanceof Error));
});

test('a clientDetails that returns nothing usable is logged as failed, not a crash', async () => {
  const { handler, errors, count } = setup({ clientDetails: () => undefined as unknown as ActivationClient });
  const failed = await answerOf(await handler(post('harbor-bakery/admin', { intent: 'activate' })));
  assert.equal(failed.state, 'failed');
  assert.equal(failed.company, null);
  assert.equal(count('POST /clients'), 0);
  assert.ok(errors.some((info) => info.code === 'activation_failed' && info.fields));
});

test('nothing in the body can name a tenant: only {intent} is accepted', async () => {
  const { handler, count } = setup();
  for (const body of [
    { intent: 'activate', externalTenantId: 'acme-ready' },
    { externalTenantId: 'acme-ready' },
    { intent: 'delete' },
    ['activate'],
  ]) {
    const response = await handler(post('harbor-bakery/admin', body));
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.equal(((await response.json()) as { error: string }).error, 'bad_request');
  }
  assert.equal(count('POST /clients'), 0);
  // An empty JSON object is an ordinary token request.
  assert.equal((await handler(post('harbor-bakery/admin', {}))).status, 403);
});

test('activation started by another site is refused before any upstream call', async () => {
  const { handler, count } = setup();
  const forged = await handler(
    post(
      'harbor-bakery/admin',
      { intent: 'activate' },
      { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    ),
  );
  assert.equal(forged.status, 403);
  assert.equal(((await forged.json()) as { error: string }).error, 'forbidden_origin');
  assert.equal(count('POST /clients'), 0);
  const sameOrigin = await handler(
    post('harbor-bakery/admin', { intent: 'activate' }, { Origin: origin, 'Sec-Fetch-Site': 'same-origin' }),
  );
  assert.equal(sameOrigin.status, 200);
});

test('an allowed partner origin may activate cross-origin and reads the answer through CORS', async () => {
  const { handler } = setup({}, { allowedOrigins: ['https://app.partner.example'] });
  const response = await handler(
    post(
      'harbor-bakery/admin',
      { intent: 'activate' },
      { Origin: 'https://app.partner.example', 'Sec-Fetch-Site': 'cross-site' },
    ),
  );
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('access-control-allow-origin'), 'https://app.partner.example');
});

test('activation attempts are rate limited per tenant', async () => {
  let allowed = 2;
  const { handler, count } = setup({ allowActivation: () => allowed-- > 0 });
  for (let attempt = 0; attempt < 2; attempt++) {
    assert.equal((await handler(post('harbor-bakery/admin', { intent: 'activate' }))).status, 200);
  }
  const limited = await handler(post('harbor-bakery/admin', { intent: 'activate' }));
  assert.equal(limited.status, 429);
  assert.ok(limited.headers.get('retry-after'));
  assert.equal(count('POST /clients'), 2);
});

test('a linked tenant’s status is active; its token requests are unchanged', async () => {
  const { handler } = setup();
  assert.equal((await answerOf(await handler(post('acme-ready/admin', { intent: 'status' })))).state, 'active');
  assert.equal((await handler(post('acme-ready/admin'))).status, 200);
});

test('without activation configured, the 403 is as before and intents are not read', async () => {
  const sandbox = createSandbox();
  const handler = createTokenHandler({
    apiKey: SANDBOX_PARTNER_API_KEY,
    baseUrl: `${origin}/referral`,
    resolveTenant: (request) => session(request)?.tenant ?? null,
    fetch: async (input, init) => sandbox.fetch(new Request(input, init)),
  });
  const response = await handler(post('harbor-bakery/admin', { intent: 'activate' }));
  assert.equal(response.status, 403);
  const body = (await response.json()) as Record<string, unknown>;
  assert.equal(body.error, 'tenant_not_linked');
  assert.equal(body.activation, undefined);
});
