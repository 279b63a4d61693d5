// Every operation of both Debitura specs against the real sandbox app: a valid request for each path and
// method must be served (never 404/405), answer a status the spec lists for that operation, and carry a
// JSON body that validates against the spec's schema for that status. Operations still being built are a
// named pending list, reported as todo. A last check walks the other way: every route the sandbox serves
// under /customer and /referral is an operation of a spec (nothing invented).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  caseRequest,
  customerOf,
  newSandbox,
  partnerHeaders,
  referral,
  type JsonAnswer,
} from './sandbox-core-harness.js';
import { loadSpec, schemaMismatches, specsAvailable, specsMissingReason, type Api } from './openapi-contract.js';
import { startReceiver } from './webhook-receiver.js';

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Operations still being built, reported as todo; empty now that both specs are served whole. */
const pendingOperations = new Set<string>([]);

interface Fixtures {
  sandbox: Sandbox;
  acme: Awaited<ReturnType<typeof customerOf>>;
  /** The tenant with seeded divisions. */
  kestrel: Awaited<ReturnType<typeof customerOf>>;
  receiverUrl: string;
  caseId: string;
  caseReference: string;
  creditorReference: string;
  quoteCaseId: string;
  quoteRequestId: string;
  quoteId: string;
  paymentId: string;
  testCaseId: string;
  divisionId: string;
  creditorWebhookId: string;
  partnerWebhookId: string;
}

type Caller = (fixtures: Fixtures) => Promise<JsonAnswer>;

const upload = (path: string) => async (f: Fixtures) => {
  const form = new FormData();
  form.set('File', new File(['%PDF-1.4 invoice'], 'invoice.pdf', { type: 'application/pdf' }));
  const token = (await referral(f.sandbox, 'POST', '/oauth/token', { externalTenantId: 'acme-ready' })).body
    .accessToken as string;
  const response = await f.sandbox.fetch(
    new Request(`http://sandbox.test/customer${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    }),
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, text, headers: response.headers };
};

const newDivision = {
  companyName: 'Acme Supplies – Aarhus',
  city: 'Aarhus',
  countryCode: 'DK',
  officeEmail: 'aarhus@acme.example',
};

const previewRequest = {
  amountToRecover: 1000,
  currencyCode: 'EUR',
  debtor: { type: 'Company', countryAlpha2: 'DE' },
};

function newClient(externalTenantId: string) {
  return {
    externalTenantId,
    client: { name: `${externalTenantId} ApS`, country: 'DK', supportEmail: `billing@${externalTenantId}.example` },
    users: [{ name: 'Signe Holm', email: `signe@${externalTenantId}.example` }],
  };
}

/** A valid request per operation, keyed `api METHOD template`. */
const requests: Record<string, Caller> = {
  // ---- Customer API ----
  'customer POST /cases': (f) => f.acme('POST', '/cases', caseRequest({ creditorReference: 'CONTRACT-1' })),
  'customer GET /cases': (f) => f.acme('GET', '/cases?Page=1&PageSize=5'),
  'customer POST /cases/preview': (f) => f.acme('POST', '/cases/preview', previewRequest),
  'customer GET /cases/{id}': (f) => f.acme('GET', `/cases/${f.caseId}`),
  'customer GET /cases/by-creditor-reference/{creditorReference}': (f) =>
    f.acme('GET', `/cases/by-creditor-reference/${encodeURIComponent(f.creditorReference)}`),
  'customer GET /cases/{id}/contract-status': (f) => f.acme('GET', `/cases/${f.caseId}/contract-status`),
  'customer GET /cases/case-reference/{caseReference}': (f) =>
    f.acme('GET', `/cases/case-reference/${f.caseReference}`),
  'customer GET /cases/{id}/timeline': (f) => f.acme('GET', `/cases/${f.caseId}/timeline`),
  'customer GET /cases/{id}/chats': (f) => f.acme('GET', `/cases/${f.caseId}/chats`),
  'customer POST /cases/{id}/chats': (f) =>
    f.acme('POST', `/cases/${f.caseId}/chats`, { message: 'Thanks, noted.', userEmail: 'anna@acme-ready.example' }),
  'customer GET /cases/{id}/payments': (f) => f.acme('GET', `/cases/${f.caseId}/payments`),
  'customer POST /cases/{id}/files': (f) => upload(`/cases/${f.caseId}/files`)(f),
  'customer GET /cases/{id}/files': (f) => f.acme('GET', `/cases/${f.caseId}/files`),
  'customer GET /cases/{id}/quote-requests': (f) => f.acme('GET', `/cases/${f.quoteCaseId}/quote-requests`),
  'customer GET /cases/{id}/quote-requests/{quoteRequestId}': (f) =>
    f.acme('GET', `/cases/${f.quoteCaseId}/quote-requests/${f.quoteRequestId}`),
  'customer GET /cases/{id}/quote-requests/{quoteRequestId}/quotes': (f) =>
    f.acme('GET', `/cases/${f.quoteCaseId}/quote-requests/${f.quoteRequestId}/quotes`),
  'customer GET /cases/{id}/quote-requests/{quoteRequestId}/quotes/{quoteId}': (f) =>
    f.acme('GET', `/cases/${f.quoteCaseId}/quote-requests/${f.quoteRequestId}/quotes/${f.quoteId}`),
  'customer GET /cases/{id}/exclusive-period': (f) => f.acme('GET', `/cases/${f.caseId}/exclusive-period`),
  'customer GET /cases/{id}/validation': (f) => f.acme('GET', `/cases/${f.caseId}/validation`),
  'customer GET /cases/{id}/tasks': (f) => f.acme('GET', `/cases/${f.caseId}/tasks?status=Solved`),
  'customer GET /contracts/debt-collection/status': (f) => f.acme('GET', '/contracts/debt-collection/status'),
  'customer GET /coverage': (f) => f.acme('GET', '/coverage'),
  'customer GET /coverage/{id}': (f) => f.acme('GET', '/coverage/1'),
  'customer GET /coverage/search': (f) => f.acme('GET', '/coverage/search?q=DK'),
  'customer GET /coverage/:search': (f) => f.acme('GET', '/coverage/:search?q=US-CA'),
  'customer POST /coverage/check-eligibility': (f) =>
    f.acme('POST', '/coverage/check-eligibility', {
      countryAlpha2: 'DE',
      debtorType: 'Company',
      amount: 2500,
      currencyCode: 'EUR',
    }),
  'customer POST /divisions': (f) => f.acme('POST', '/divisions', newDivision, { 'Idempotency-Key': 'division-1' }),
  'customer GET /divisions': (f) => f.kestrel('GET', '/divisions?includeArchived=true'),
  'customer GET /divisions/{id}': (f) => f.kestrel('GET', `/divisions/${f.divisionId}`),
  'customer PUT /divisions/{id}': (f) =>
    f.kestrel('PUT', `/divisions/${f.divisionId}`, {
      companyName: 'Kestrel Imports – City',
      city: 'London',
      countryCode: 'GB',
    }),
  'customer DELETE /divisions/{id}': async (f) => {
    const created = await f.acme('POST', '/divisions', { ...newDivision, companyName: 'Short-lived branch' });
    return f.acme('DELETE', `/divisions/${created.body.id}`);
  },
  'customer POST /divisions/{id}/archive': async (f) => {
    const created = await f.acme('POST', '/divisions', { ...newDivision, companyName: 'Archived by path' });
    return f.acme('POST', `/divisions/${created.body.id}/archive`);
  },
  'customer POST /divisions/{id}:archive': async (f) => {
    const created = await f.acme('POST', '/divisions', { ...newDivision, companyName: 'Archived by method' });
    return f.acme('POST', `/divisions/${created.body.id}:archive`);
  },
  'customer GET /me': (f) => f.acme('GET', '/me'),
  'customer GET /Payments': (f) => f.acme('GET', '/Payments?Page=2&PageSize=3'),
  'customer GET /Payments/{id}': (f) => f.acme('GET', `/Payments/${f.paymentId}`),
  'customer GET /tasks': (f) => f.acme('GET', '/tasks?type=ReplyToChat&type=SignContract'),
  'customer POST /test/cases/{id}/advance': (f) =>
    f.acme('POST', `/test/cases/${f.testCaseId}/advance`, { to: 'Active' }),
  'customer DELETE /test/cases/{id}': async (f) => {
    const created = await f.acme('POST', '/cases', caseRequest({ creditorReference: 'CONTRACT-DELETE' }));
    return f.acme('DELETE', `/test/cases/${created.body.id}`);
  },
  'customer DELETE /test/cases': (f) => f.acme('DELETE', '/test/cases?tag=contract-nothing'),
  'customer POST /test/webhooks/fire': (f) =>
    f.acme('POST', '/test/webhooks/fire', { event: 'case.created', caseId: f.testCaseId }),
  'customer GET /users': (f) => f.acme('GET', '/users'),
  'customer GET /webhooks/events': (f) => f.acme('GET', `/webhooks/events?caseId=${f.testCaseId}`),
  'customer POST /webhooks/events/{id}/replay': async (f) => {
    const [event] = (await f.acme('GET', `/webhooks/events?caseId=${f.testCaseId}`)).body;
    return f.acme('POST', `/webhooks/events/${event.id}/replay`);
  },
  'customer POST /webhooks': (f) =>
    f.acme('POST', '/webhooks', { url: f.receiverUrl, events: ['case.updated'], isTestMode: true }),
  'customer GET /webhooks': (f) => f.acme('GET', '/webhooks'),
  'customer GET /webhooks/{id}': (f) => f.acme('GET', `/webhooks/${f.creditorWebhookId}`),
  'customer PATCH /webhooks/{id}': (f) =>
    f.acme('PATCH', `/webhooks/${f.creditorWebhookId}`, { regenerateSecret: true }),
  'customer DELETE /webhooks/{id}': async (f) => {
    const created = await f.acme('POST', '/webhooks', { url: f.receiverUrl, events: ['chat.created'] });
    return f.acme('DELETE', `/webhooks/${created.body.id}`);
  },
  'customer POST /webhooks/{id}/test': (f) => f.acme('POST', `/webhooks/${f.creditorWebhookId}/test`),
  'customer POST /webhooks/{id}:test': (f) => f.acme('POST', `/webhooks/${f.creditorWebhookId}:test`),
  'customer POST /webhooks/{id}/replay': (f) =>
    f.acme('POST', `/webhooks/${f.creditorWebhookId}/replay`, { sinceUtc: '2026-01-01T00:00:00Z' }),
  'customer POST /webhooks/{id}:replay': (f) =>
    f.acme('POST', `/webhooks/${f.creditorWebhookId}:replay`, { sinceUtc: '2026-01-01T00:00:00Z' }),

  // ---- Referral Partner API ----
  'referral POST /clients': (f) => referral(f.sandbox, 'POST', '/clients', newClient('contract-new')),
  'referral GET /clients': (f) => referral(f.sandbox, 'GET', '/clients'),
  'referral GET /clients/{externalTenantId}': (f) => referral(f.sandbox, 'GET', '/clients/acme-ready'),
  'referral DELETE /clients/{externalTenantId}': async (f) => {
    await referral(f.sandbox, 'POST', '/clients', newClient('contract-deleted'));
    return referral(f.sandbox, 'DELETE', '/clients/contract-deleted');
  },
  'referral GET /clients/{externalTenantId}/is-deletable': (f) =>
    referral(f.sandbox, 'GET', '/clients/acme-ready/is-deletable'),
  'referral POST /clients/{externalTenantId}/withdraw': async (f) => {
    await referral(f.sandbox, 'POST', '/clients', newClient('contract-withdrawn'));
    return referral(f.sandbox, 'POST', '/clients/contract-withdrawn/withdraw');
  },
  'referral POST /clients/{externalTenantId}/kyc-verification': (f) =>
    referral(f.sandbox, 'POST', '/clients/kyc-required/kyc-verification', {
      directorFullName: 'Harriet Cole',
      directorHomeAddress: '4 Quay Street, Manchester M3 3JE',
      directorDateOfBirth: '1975-09-30',
    }),
  'referral GET /coverage': (f) => referral(f.sandbox, 'GET', '/coverage'),
  'referral POST /oauth/token': (f) => referral(f.sandbox, 'POST', '/oauth/token', { externalTenantId: 'acme-ready' }),
  'referral POST /cases/preview': (f) => referral(f.sandbox, 'POST', '/cases/preview', previewRequest),
  'referral GET /me': (f) => referral(f.sandbox, 'GET', '/me'),
  'referral GET /v1/Webhooks': (f) => referral(f.sandbox, 'GET', '/v1/Webhooks'),
  'referral POST /v1/Webhooks': (f) =>
    referral(f.sandbox, 'POST', '/v1/Webhooks', { url: f.receiverUrl, events: ['case.created'], isTestMode: true }),
  'referral GET /v1/Webhooks/{id}': (f) => referral(f.sandbox, 'GET', `/v1/Webhooks/${f.partnerWebhookId}`),
  'referral PUT /v1/Webhooks/{id}': (f) =>
    referral(f.sandbox, 'PUT', `/v1/Webhooks/${f.partnerWebhookId}`, { isActive: true }),
  'referral DELETE /v1/Webhooks/{id}': async (f) => {
    const created = await referral(f.sandbox, 'POST', '/v1/Webhooks', { url: f.receiverUrl, events: ['case.closed'] });
    return referral(f.sandbox, 'DELETE', `/v1/Webhooks/${created.body.id}`);
  },
  'referral POST /v1/Webhooks/test': (f) =>
    referral(f.sandbox, 'POST', '/v1/Webhooks/test', { eventType: 'case.created', caseId: f.caseId }),
  'referral GET /cases': (f) => referral(f.sandbox, 'GET', '/cases'),
  'referral GET /cases/{id}': (f) => referral(f.sandbox, 'GET', `/cases/${f.caseId}`),
  'referral POST /cases/{caseId}/files': async (f) => {
    const form = new FormData();
    form.set('file', new File(['%PDF-1.4 invoice'], 'invoice.pdf', { type: 'application/pdf' }));
    const response = await f.sandbox.fetch(
      new Request(`http://sandbox.test/referral/cases/${f.caseId}/files`, {
        method: 'POST',
        headers: partnerHeaders,
        body: form,
      }),
    );
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, text, headers: response.headers };
  },
  'referral GET /referral-partner/filter-options': (f) =>
    referral(f.sandbox, 'GET', '/referral-partner/filter-options'),
  'referral GET /reporting/transactions': (f) => referral(f.sandbox, 'GET', '/reporting/transactions'),
};

interface SpecOperation {
  key: string;
  api: Api;
  method: string;
  template: string;
}

function operationsOf(api: Api): SpecOperation[] {
  return Object.entries(loadSpec(api).paths).flatMap(([template, item]) =>
    methods
      .filter((method) => item[method])
      .map((method) => ({ key: `${api} ${method.toUpperCase()} ${template}`, api, method, template })),
  );
}

/** Why an answer is not what the spec declares for the operation; empty when it is. */
function contractProblems(operation: SpecOperation, answer: JsonAnswer): string[] {
  if (answer.status === 404 || answer.status === 405) return [`not served: ${answer.status} ${answer.text}`];
  const spec = loadSpec(operation.api);
  const responses = spec.paths[operation.template]![operation.method]!.responses ?? {};
  const response = responses[String(answer.status)];
  if (!response) {
    return [`status ${answer.status} is not one the spec lists (${Object.keys(responses).join(', ')}): ${answer.text}`];
  }
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return answer.text === '' ? [] : [`status ${answer.status} has no body in the spec, got ${answer.text}`];
  if (answer.body === undefined)
    return [`status ${answer.status} should carry JSON, got ${JSON.stringify(answer.text)}`];
  return schemaMismatches(spec, schema, answer.body);
}

describe('every operation of both specs', { skip: specsAvailable ? false : specsMissingReason }, () => {
  const fixtures = {} as Fixtures;
  const operations = specsAvailable ? [...operationsOf('customer'), ...operationsOf('referral')] : [];

  before(async () => {
    const { sandbox } = newSandbox();
    fixtures.sandbox = sandbox;
    fixtures.acme = await customerOf(sandbox, 'acme-ready');
    fixtures.kestrel = await customerOf(sandbox, 'kyc-required');
    fixtures.receiverUrl = (await startReceiver()).url;

    const all = (await fixtures.acme('GET', '/cases?PageSize=100')).body.cases as any[];
    const paid = all.find((invoice) => invoice.remainder < invoice.grossAmount && invoice.lifecycle === 'Active');
    Object.assign(fixtures, {
      caseId: paid.id,
      caseReference: paid.reference,
      creditorReference: paid.creditorReference,
    });
    const quoted = all.find((invoice) => invoice.lifecycle === 'Pending Quote Selection');
    fixtures.quoteCaseId = quoted.id;
    fixtures.quoteRequestId = (
      await fixtures.acme('GET', `/cases/${quoted.id}/quote-requests`)
    ).body.quoteRequests[0].quoteRequestId;
    fixtures.quoteId = (
      await fixtures.acme('GET', `/cases/${quoted.id}/quote-requests/${fixtures.quoteRequestId}/quotes`)
    ).body.quotes[0].quoteId;
    fixtures.paymentId = (await fixtures.acme('GET', `/cases/${paid.id}/payments`)).body[0].id;
    fixtures.divisionId = (await fixtures.kestrel('GET', '/divisions')).body.divisions[0].id;

    const hook = await fixtures.acme('POST', '/webhooks', {
      url: fixtures.receiverUrl,
      events: ['case.created'],
      isTestMode: true,
    });
    fixtures.creditorWebhookId = hook.body.id;
    fixtures.testCaseId = (
      await fixtures.acme('POST', '/cases', caseRequest({ creditorReference: 'CONTRACT-TEST-CASE' }))
    ).body.id;
    fixtures.partnerWebhookId = (
      await referral(sandbox, 'POST', '/v1/Webhooks', { url: fixtures.receiverUrl, events: ['case.updated'] })
    ).body.id;
  });

  test('a valid request is written down for every operation of both specs, and no other', () => {
    assert.deepEqual(Object.keys(requests).sort(), operations.map((operation) => operation.key).sort());
  });

  for (const operation of operations) {
    const pending = pendingOperations.has(operation.key);
    test(operation.key, pending ? { todo: 'being built on another branch' } : {}, async () => {
      const caller = requests[operation.key];
      assert.ok(caller, `no request written for ${operation.key}`);
      const answer = await caller(fixtures);
      assert.deepEqual(contractProblems(operation, answer), [], `${operation.key} answered ${answer.status}`);
      assert.ok(answer.status < 300, `a valid request succeeds: ${answer.status} ${answer.text}`);
    });
  }

  test('every route the sandbox serves under /customer and /referral is an operation of a spec', () => {
    const specPatterns = operations
      .filter((operation) => !pendingOperations.has(operation.key))
      .map((operation) => ({
        key: operation.key,
        prefix: `/${operation.api}`,
        method: operation.method.toUpperCase(),
        segments: operation.template.split('/'),
      }));
    const invented: string[] = [];
    const servedRoutes = new Set(
      fixtures.sandbox.app.routes
        .filter((route) => route.method !== 'ALL' && /^\/(customer|referral)\//.test(route.path))
        .map((route) => `${route.method} ${route.path}`),
    );
    for (const served of servedRoutes) {
      const [method, path] = served.split(' ') as [string, string];
      const routeSegments = path.split('/');
      // A `:param` segment stands for one spec segment with a parameter, as `{id}` or `{id}:archive`.
      const found = specPatterns.some(
        (pattern) =>
          pattern.method === method &&
          path.startsWith(`${pattern.prefix}/`) &&
          routeSegments.length === pattern.segments.length + 1 &&
          routeSegments.slice(2).every((segment, i) => {
            const specSegment = pattern.segments[i + 1]!;
            return segment.startsWith(':') ? specSegment.startsWith('{') : segment === specSegment;
          }),
      );
      if (!found) invented.push(served);
    }
    assert.deepEqual(invented, [], 'routes without an operation in the specs');
    assert.ok(servedRoutes.size > 60, `walked ${servedRoutes.size} routes`);
  });
});

describe('the pending list', { skip: specsAvailable ? false : specsMissingReason }, () => {
  test('names only operations of the specs', () => {
    const known = new Set([...operationsOf('customer'), ...operationsOf('referral')].map((operation) => operation.key));
    assert.deepEqual(
      [...pendingOperations].filter((key) => !known.has(key)),
      [],
    );
  });
});
