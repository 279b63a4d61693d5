// The Referral API client alone, against a fetch stub that answers what Debitura documents: the requests it
// sends (path, key, body, Idempotency-Key) and how each documented answer comes back. Also the activation
// outcomes the local sandbox does not produce: 201 straight through, the hard 409s, 422 and an outage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createReferralApiClient,
  createTokenHandler,
  ReferralApiError,
  type ActivationAnswer,
  type TokenHandlerErrorInfo,
} from '../../src/server/index.js';

interface Sent {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

function stub(answer: (sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetchStub: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const entry = {
      method: request.method,
      path: url.pathname + url.search,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    sent.push(entry);
    return answer(entry);
  };
  return { sent, fetch: fetchStub };
}

const client = {
  externalTenantId: 'tenant-42',
  client: { name: 'Harbor Bakery ApS', country: 'DK', supportEmail: 'support@harbor.example' },
  users: [{ name: 'Signe Dahl', email: 'signe@harbor.example', isOnboardingUser: true }],
};

const created = (onboardingDone: boolean) => ({
  externalTenantId: 'tenant-42',
  onboardingDone,
  onboardingLinks: { url: onboardingDone ? null : 'https://testreferral.debitura.com/companydetails/abc' },
  client: { id: '3fa85f64-5717-4562-b3fc-2c963f66afa6', companyName: 'Harbor Bakery ApS' },
  users: [],
  isAttributedClient: true,
});

test('createClient sends the XApiKey and the request, and returns each documented answer as a value', async () => {
  const answers: [number, unknown][] = [
    [201, created(true)],
    [202, created(false)],
    [409, { type: 'ClientExistsNeedsLinking', message: 'm', data: { onboardingLinks: { url: 'https://x/approve' } } }],
    [400, { 'Client.Country': ['Unknown country: XX'] }],
    [400, { error: 'ValidationError', message: 'Request cannot be null', businessErrors: null }],
    [422, { businessErrors: [{ type: 'Whatever', message: 'no' }] }],
  ];
  let next = 0;
  const { sent, fetch } = stub(() => {
    const [status, body] = answers[next++]!;
    return Response.json(body, { status });
  });
  const referral = createReferralApiClient({ apiKey: 'partner-key', baseUrl: 'https://referral.test/', fetch });
  const outcomes = [];
  for (let i = 0; i < answers.length; i++) outcomes.push(await referral.createClient(client));

  assert.equal(sent[0]!.path, '/clients');
  assert.equal(sent[0]!.method, 'POST');
  assert.equal(sent[0]!.headers.get('xapikey'), 'partner-key');
  assert.deepEqual(sent[0]!.body, client);
  assert.deepEqual(
    outcomes.map((outcome) => outcome.status),
    [201, 202, 409, 400, 400, 422],
  );
  const [, onboarding, conflict, fields, generic] = outcomes;
  assert.equal(
    onboarding?.status === 202 && onboarding.client.onboardingLinks?.url,
    created(false).onboardingLinks.url,
  );
  assert.equal(conflict?.status === 409 && conflict.conflict.type, 'ClientExistsNeedsLinking');
  assert.deepEqual(fields?.status === 400 && fields.fields, { 'Client.Country': ['Unknown country: XX'] });
  assert.equal(generic?.status === 400 && generic.message, 'Request cannot be null');
});

test('getClient, withdrawClient, submitKycVerification and getCoverage: paths, headers and answers', async () => {
  const { sent, fetch } = stub(({ path }) => {
    if (path === '/clients/tenant%2F42') return Response.json(created(false));
    if (path === '/clients/nobody') return Response.json({ error: 'NotFound' }, { status: 404 });
    if (path === '/clients/tenant-42/withdraw') return new Response(null, { status: 204 });
    if (path === '/clients/progressed/withdraw') return Response.json({ error: 'Conflict' }, { status: 409 });
    if (path.startsWith('/clients/tenant-42/kyc-verification'))
      return Response.json(
        { directorFullName: 'Signe Dahl', directorDateOfBirth: '1980-02-01', verificationStatus: null },
        { status: 201 },
      );
    if (path === '/coverage')
      return Response.json([{ jurisdictionId: 1, country: 'Denmark', countryAlpha2: 'DK', partners: [] }]);
    return new Response(null, { status: 500 });
  });
  const referral = createReferralApiClient({ apiKey: 'partner-key', baseUrl: 'https://referral.test', fetch });

  assert.equal((await referral.getClient('tenant/42'))?.onboardingDone, false);
  assert.equal(await referral.getClient('nobody'), null);
  assert.equal(await referral.withdrawClient('tenant-42'), 'withdrawn');
  assert.equal(await referral.withdrawClient('progressed'), 'refused');
  const kyc = await referral.submitKycVerification(
    'tenant-42',
    { directorFullName: 'Signe Dahl', directorHomeAddress: 'Havnegade 1, Aarhus', directorDateOfBirth: '1980-02-01' },
    { idempotencyKey: 'kyc-1', sendChatNotification: false },
  );
  assert.equal(kyc?.directorFullName, 'Signe Dahl');
  const kycRequest = sent.find((entry) => entry.path.includes('kyc-verification'))!;
  assert.equal(kycRequest.path, '/clients/tenant-42/kyc-verification?sendChatNotification=false');
  assert.equal(kycRequest.headers.get('idempotency-key'), 'kyc-1');
  assert.deepEqual(
    (await referral.getCoverage()).map((item) => item.countryAlpha2),
    ['DK'],
  );
  await assert.rejects(
    referral.withdrawClient('boom'),
    (error) =>
      error instanceof ReferralApiError && error.kind === 'upstream_unavailable' && error.upstreamStatus === 500,
  );
});

test('a wrong key, an outage and a malformed answer are errors with a kind, never carrying the key', async () => {
  for (const [response, kind] of [
    [new Response(null, { status: 401 }), 'upstream_auth'],
    [new Response(null, { status: 503, headers: { 'Retry-After': '7' } }), 'upstream_unavailable'],
    [Response.json('not a client'), 'upstream_invalid'],
  ] as const) {
    const referral = createReferralApiClient({ apiKey: 'secret-partner-key', fetch: async () => response.clone() });
    await assert.rejects(referral.getClient('tenant-42'), (error) => {
      assert.ok(error instanceof ReferralApiError);
      assert.equal(error.kind, kind);
      assert.ok(!JSON.stringify({ ...error, message: error.message }).includes('secret-partner-key'));
      return true;
    });
  }
  const offline = createReferralApiClient({
    apiKey: 'k',
    fetch: async () => {
      throw new TypeError('fetch failed');
    },
  });
  await assert.rejects(
    offline.getCoverage(),
    (error) => error instanceof ReferralApiError && error.kind === 'upstream_unavailable',
  );
});

/** A token endpoint with activation whose Referral API answers POST /clients with `answer`. */
function activationEndpoint(answer: (path: string) => Response) {
  const errors: TokenHandlerErrorInfo[] = [];
  const { sent, fetch } = stub(({ path }) => {
    if (path === '/oauth/token') return Response.json({ error: 'NotFound' }, { status: 404 });
    return answer(path);
  });
  const handler = createTokenHandler({
    apiKey: 'partner-key',
    baseUrl: 'https://referral.test',
    resolveTenant: () => 'tenant-42',
    fetch,
    branding: false,
    onError: (info) => errors.push(info),
    activation: { clientDetails: () => client, coverage: false },
  });
  const ask = (intent: 'activate' | 'status') =>
    handler(
      new Request('https://app.test/api/debitura/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ intent }),
      }),
    );
  return { activate: () => ask('activate'), status: () => ask('status'), errors, sent };
}

test('201: activation answers active at once', async () => {
  const { activate } = activationEndpoint(() => Response.json(created(true), { status: 201 }));
  const answer = (await (await activate()).json()) as ActivationAnswer;
  assert.equal(answer.state, 'active');
});

test('409 ClientAlreadyLinkedToAnotherPartner and InvalidClientType are dead ends, remembered for the status', async () => {
  for (const [type, state] of [
    ['ClientAlreadyLinkedToAnotherPartner', 'linked_elsewhere'],
    ['AlreadyLinkedToAnotherPartner', 'linked_elsewhere'],
    ['InvalidClientType', 'invalid_client_type'],
  ] as const) {
    const { activate, status } = activationEndpoint((path) =>
      path === '/clients'
        ? Response.json({ type, message: 'm', data: { externalTenantId: 'tenant-42' } }, { status: 409 })
        : Response.json({ error: 'NotFound' }, { status: 404 }),
    );
    const answer = (await (await activate()).json()) as ActivationAnswer;
    assert.deepEqual([answer.state, answer.url], [state, null]);
    assert.equal(((await (await status()).json()) as ActivationAnswer).state, state);
  }
});

test('422 and an unknown 409 type are failed activations the partner sees in its logs', async () => {
  for (const response of [
    () => Response.json({ businessErrors: [{ type: 'CreditorBlocked', message: 'no' }] }, { status: 422 }),
    () => Response.json({ type: 'SomethingNew', message: 'm' }, { status: 409 }),
  ]) {
    const { activate, errors } = activationEndpoint(response);
    assert.equal(((await (await activate()).json()) as ActivationAnswer).state, 'failed');
    assert.equal(errors.at(-1)?.code, 'activation_failed');
  }
});

test('Debitura down during activation: 503 upstream_unavailable with Retry-After, as for tokens', async () => {
  const { activate } = activationEndpoint(() => new Response(null, { status: 503, headers: { 'Retry-After': '9' } }));
  const response = await activate();
  assert.equal(response.status, 503);
  assert.equal(response.headers.get('retry-after'), '9');
  assert.equal(((await response.json()) as { error: string }).error, 'upstream_unavailable');
});
