import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  acceptLanguage,
  CustomerApiClient,
  type CustomerApiClientOptions,
} from '../../src/widget/api/customer-api-client.js';
import type { ProgressRequest } from '../../src/widget/api/upload-transport.js';
import { DebituraApiError } from '../../src/widget/api/api-error.js';
import { TokenError } from '../../src/widget/token/token-error.js';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

/** A fetch stub that answers from a script, one entry per call, and records what was sent. */
function scriptedFetch(answers: Array<Response | Error | (() => Promise<Response>)>) {
  const calls: Call[] = [];
  const fetchStub = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: input instanceof Request ? input.url : String(input),
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers as Record<string, string>) },
      body: (init?.body as string | null) ?? null,
    });
    const next = answers.shift();
    if (!next) throw new Error('no scripted answer left');
    if (next instanceof Error) throw next;
    if (typeof next === 'function') return next();
    return next;
  }) as typeof fetch;
  return { fetchStub, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const me = { id: '00000000-0000-0000-0000-000000000001', companyName: 'Acme ApS' };
const invoice = { id: '00000000-0000-0000-0000-0000000000aa', reference: 'Q8OAXF3W', lifecycle: 'Active' };
const caseBody = { currencyCode: 'DKK', amountToRecover: 1200, debtor: { type: 'Company', name: 'Debtor A/S' } };

function client(answers: Parameters<typeof scriptedFetch>[0], overrides: Partial<CustomerApiClientOptions> = {}) {
  const { fetchStub, calls } = scriptedFetch(answers);
  let tokenNumber = 1;
  const invalidated: string[] = [];
  const api = new CustomerApiClient({
    baseUrl: 'https://customer.example/',
    getToken: async () => `token-${tokenNumber}`,
    onUnauthorized: (rejected) => {
      invalidated.push(rejected);
      tokenNumber++;
    },
    fetch: fetchStub,
    retry: { attempts: 2, baseDelayMs: 1 },
    random: () => 0,
    ...overrides,
  });
  return { api, calls, invalidated };
}

async function rejection(promise: Promise<unknown>): Promise<DebituraApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DebituraApiError, `expected a DebituraApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

test('sends the bearer token and returns the validated creditor', async () => {
  const { api, calls } = client([json(200, me)]);
  const answer = await api.getMe();
  assert.equal(answer.companyName, 'Acme ApS');
  assert.equal(calls[0]?.url, 'https://customer.example/me');
  assert.equal(calls[0]?.headers.Authorization, 'Bearer token-1');
});

test('a 401 drops the refused token and retries once with a fresh one', async () => {
  const { api, calls, invalidated } = client([new Response(null, { status: 401 }), json(200, me)]);
  await api.getMe();
  assert.deepEqual(invalidated, ['token-1']);
  assert.equal(calls[1]?.headers.Authorization, 'Bearer token-2');
});

test('a second 401 is an authentication_error and there is no third try', async () => {
  const { api, calls } = client([
    new Response(null, { status: 401 }),
    new Response(null, { status: 401 }),
    json(200, me),
  ]);
  const error = await rejection(api.getMe());
  assert.equal(error.type, 'authentication_error');
  assert.equal(calls.length, 2);
});

test('createCase retries a 503 with the very same Idempotency-Key and body', async () => {
  const { api, calls } = client([
    new Response('down', { status: 503 }),
    new TypeError('fetch failed'),
    json(200, invoice),
  ]);
  const created = await api.createCase(caseBody, { idempotencyKey: 'submission-1' });
  assert.equal(created.reference, 'Q8OAXF3W');
  assert.equal(calls.length, 3);
  assert.deepEqual(
    calls.map((c) => c.headers['Idempotency-Key']),
    ['submission-1', 'submission-1', 'submission-1'],
  );
  assert.ok(calls.every((c) => c.body === JSON.stringify(caseBody)));
  assert.equal(calls[0]?.method, 'POST');
});

test('createCase refuses to send without an idempotency key', async () => {
  const { api, calls } = client([json(200, invoice)]);
  const error = await rejection(api.createCase(caseBody, { idempotencyKey: '' }));
  assert.equal(error.type, 'validation_error');
  assert.equal(calls.length, 0);
});

test('a POST without an idempotency key is never retried on a 5xx', async () => {
  const { api, calls } = client([new Response('down', { status: 503 }), json(200, { id: invoice.id })]);
  const error = await rejection(api.sendChat(invoice.id, { message: 'Hello', userEmail: 'a@b.dk' }));
  assert.equal(error.type, 'api_error');
  assert.equal(error.recoverable, true);
  assert.equal(calls.length, 1);
});

test('GETs give up after the configured retries with the last error', async () => {
  const { api, calls } = client([
    new Response('', { status: 500 }),
    new Response('', { status: 502 }),
    new Response('', { status: 503 }),
  ]);
  const error = await rejection(api.getCase(invoice.id));
  assert.equal(error.status, 503);
  assert.equal(calls.length, 3);
});

test('400 with a field-keyed body becomes validation_error with fieldErrors', async () => {
  const { api, calls } = client([json(400, { 'debtor.email': ['Invalid email format'] })]);
  const error = await rejection(api.createCase(caseBody, { idempotencyKey: 'k' }));
  assert.equal(error.type, 'validation_error');
  assert.deepEqual(error.fieldErrors, { 'debtor.email': ['Invalid email format'] });
  assert.equal(error.message, 'Invalid email format');
  assert.equal(calls.length, 1, 'a 400 is never retried');
});

test('400 as ApiErrorResponseDto with one ValidationError per field becomes fieldErrors by path', async () => {
  const { api } = client([
    json(400, {
      error: 'ValidationError',
      message: 'debtor.email: Invalid email format; amountToRecover: Case total must be a positive amount',
      businessErrors: [
        { type: 'ValidationError', message: 'debtor.email: Invalid email format', solutionUrl: null },
        {
          type: 'ValidationError',
          message: 'amountToRecover: Case total must be a positive amount',
          solutionUrl: null,
        },
        { type: 'ValidationError', message: 'The request body is not valid JSON.', solutionUrl: null },
        { type: 'NotAField', message: 'x: y', solutionUrl: null },
      ],
    }),
  ]);
  const error = await rejection(api.createCase(caseBody, { idempotencyKey: 'k' }));
  assert.equal(error.type, 'validation_error');
  assert.deepEqual(error.fieldErrors, {
    'debtor.email': ['Invalid email format'],
    amountToRecover: ['Case total must be a positive amount'],
    '': ['The request body is not valid JSON.'],
  });
});

test('400 with a generic error body or problem details carries its message', async () => {
  const generic = client([
    json(400, { error: 'InvalidQuery', message: 'PageSize must be at most 100', businessErrors: [] }),
  ]);
  const error = await rejection(generic.api.listCases({ PageSize: 500 }));
  assert.equal(error.message, 'PageSize must be at most 100');
  assert.deepEqual(error.fieldErrors, {});
  const problem = client([
    json(400, {
      type: 'x',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { amountToRecover: ['Required'] },
    }),
  ]);
  const problemError = await rejection(
    problem.api.previewCase({
      amountToRecover: 1,
      currencyCode: 'DKK',
      debtor: { type: 'Company', countryAlpha2: 'DK' },
    }),
  );
  assert.equal(problemError.message, 'One or more validation errors occurred.');
  assert.deepEqual(problemError.fieldErrors, { amountToRecover: ['Required'] });
});

test('422 becomes business_error with the business errors and the combined signing URL', async () => {
  const { api } = client([
    json(422, {
      businessErrors: [
        {
          type: 'MissingPowerOfAttorney',
          message: 'Sign the power of attorney',
          solutionUrl: 'https://referral.debitura.com/poa',
        },
      ],
      signingHandoff: { combinedSigningUrl: 'https://app.debitura.com/Signing/PendingContracts?x=1' },
    }),
  ]);
  const error = await rejection(api.createCase(caseBody, { idempotencyKey: 'k' }));
  assert.equal(error.type, 'business_error');
  assert.equal(error.businessErrors[0]?.type, 'MissingPowerOfAttorney');
  assert.equal(error.signingUrl, 'https://app.debitura.com/Signing/PendingContracts?x=1');
  assert.equal(error.message, 'Sign the power of attorney');
});

test('429 with a long retryAfter is reported with retryAfterSeconds, not waited out', async () => {
  const { api, calls } = client([
    json(429, { error: 'rate_limit_exceeded', message: 'Too many requests.', retryAfter: 42 }),
  ]);
  const error = await rejection(api.getMe());
  assert.equal(error.type, 'rate_limit_error');
  assert.equal(error.retryAfterSeconds, 42);
  assert.equal(calls.length, 1);
});

test('429 with a short retryAfter is retried after the wait', async () => {
  const { api, calls } = client([
    json(429, { error: 'rate_limit_exceeded', message: 'Slow down', retryAfter: 0.01 }),
    json(200, me),
  ]);
  assert.equal((await api.getMe()).companyName, 'Acme ApS');
  assert.equal(calls.length, 2);
});

test('a network failure on every try is an api_connection_error', async () => {
  const { api } = client([new TypeError('fetch failed'), new TypeError('fetch failed'), new TypeError('fetch failed')]);
  const error = await rejection(api.getMe());
  assert.equal(error.type, 'api_connection_error');
  assert.equal(error.recoverable, true);
});

test('an answer that does not match the schema is an api_error, not a crash later on', async () => {
  const { api } = client([json(200, { companyName: 42 })]);
  const error = await rejection(api.getMe());
  assert.equal(error.type, 'api_error');
  assert.equal(error.recoverable, false);
});

test('previewCase unwraps result; a missing result is an api_error', async () => {
  const body = { amountToRecover: 100, currencyCode: 'EUR', debtor: { type: 'Private', countryAlpha2: 'DE' } };
  const ok = client([json(200, { result: { isEligible: true, pricingPreview: { totalSuccessFeePercentage: 20.5 } } })]);
  const preview = await ok.api.previewCase(body);
  assert.equal(preview.isEligible, true);
  assert.equal(preview.pricingPreview?.totalSuccessFeePercentage, 20.5);
  const empty = client([json(200, {})]);
  assert.equal((await rejection(empty.api.previewCase(body))).type, 'api_error');
});

test('listCases sends the query as the spec spells it, arrays as repeated keys', async () => {
  const { api, calls } = client([json(200, { page: { totalResults: 0 }, cases: [] })]);
  await api.listCases({ Page: 2, PageSize: 25, Statuses: ['Active', 'Closed'], Sort: 'DateCreated:desc' });
  const url = new URL(calls[0]!.url);
  assert.equal(url.pathname, '/cases');
  assert.equal(url.searchParams.get('Page'), '2');
  assert.deepEqual(url.searchParams.getAll('Statuses'), ['Active', 'Closed']);
  assert.equal(url.searchParams.get('Sort'), 'DateCreated:desc');
});

test('case sub-resources hit their paths and validate arrays', async () => {
  const id = invoice.id;
  const { api, calls } = client([
    json(200, { items: [], currentEngagementPhase: null }),
    json(200, []),
    json(200, []),
    json(200, []),
    json(200, { needsPoaSigning: false }),
  ]);
  await api.getTimeline(id);
  await api.getPayments(id);
  await api.getChats(id);
  await api.getFiles(id);
  await api.getContractStatus(id);
  assert.deepEqual(
    calls.map((c) => new URL(c.url).pathname),
    ['timeline', 'payments', 'chats', 'files', 'contract-status'].map((sub) => `/cases/${id}/${sub}`),
  );
});

test('validation items and the team list come through the same client', async () => {
  const { api, calls } = client([
    json(200, { needsInfo: true, items: [{ description: 'Address unknown' }] }),
    json(200, { page: { totalResults: 1 }, users: [{ email: 'a@acme.dk', name: 'A' }] }),
  ]);
  assert.equal((await api.getCaseValidation(invoice.id)).items?.[0]?.description, 'Address unknown');
  assert.deepEqual(await api.listTeamUsers(), [{ email: 'a@acme.dk', name: 'A' }]);
  assert.equal(new URL(calls[0]!.url).pathname, `/cases/${invoice.id}/validation`);
  const users = new URL(calls[1]!.url);
  assert.equal(users.pathname, '/users');
  assert.equal(users.searchParams.get('PageSize'), '100');
  assert.ok(calls.every((call) => call.headers.Authorization?.startsWith('Bearer token-')));
});

/** An upload transport that answers from a script and records what it was given. */
function scriptedUploads(answers: Array<{ status: number; body: unknown } | Error>) {
  const sent: ProgressRequest[] = [];
  const sendWithProgress = async (request: ProgressRequest) => {
    sent.push(request);
    request.onProgress(0.5);
    request.onProgress(1);
    const next = answers.shift();
    if (!next) throw new Error('no scripted answer left');
    if (next instanceof Error) throw next;
    return { status: next.status, text: JSON.stringify(next.body) };
  };
  return { sent, sendWithProgress };
}

const storedFile = { id: '00000000-0000-0000-0000-0000000000f1', fileName: 'invoice.pdf' };

test('an upload sends the form with the token, reports progress, and after a 401 goes once more with a new token', async () => {
  const { sent, sendWithProgress } = scriptedUploads([
    { status: 401, body: null },
    { status: 201, body: storedFile },
  ]);
  const { api, invalidated } = client([], { sendWithProgress });
  const progress: number[] = [];
  const file = new File(['%PDF-1.4'], 'invoice.pdf', { type: 'application/pdf' });
  const stored = await api.uploadCaseFile(invoice.id, file, {
    documentType: 'OriginalInvoice',
    description: 'March',
    onProgress: (fraction) => progress.push(fraction),
  });
  assert.equal(stored.fileName, 'invoice.pdf');
  assert.deepEqual(invalidated, ['token-1']);
  assert.deepEqual(
    sent.map((request) => request.headers.Authorization),
    ['Bearer token-1', 'Bearer token-2'],
  );
  assert.equal(sent[0]!.url, `https://customer.example/cases/${invoice.id}/files`);
  assert.equal((sent[1]!.body.get('File') as File).name, 'invoice.pdf');
  assert.equal(sent[1]!.body.get('DocumentType'), 'OriginalInvoice');
  assert.equal(sent[1]!.body.get('Description'), 'March');
  assert.deepEqual(progress, [0.5, 1, 0.5, 1]);
});

test('an upload that met a 503 or a broken connection is not sent again by itself, and is worth a retry', async () => {
  for (const answer of [{ status: 503, body: { message: 'down' } }, new TypeError('connection reset')]) {
    const { sent, sendWithProgress } = scriptedUploads([answer, { status: 201, body: storedFile }]);
    const { api } = client([], { sendWithProgress });
    const error = await rejection(api.uploadCaseFile(invoice.id, new File(['x'], 'a.pdf')));
    assert.equal(sent.length, 1, 'a second try could store the file twice');
    assert.ok(['api_error', 'api_connection_error'].includes(error.type));
    assert.equal(error.recoverable, true);
  }
});

test('a token the source cannot give right now is a connection problem, not a reason to sign in again', async () => {
  const { sent, sendWithProgress } = scriptedUploads([{ status: 201, body: storedFile }]);
  const { api } = client([], {
    sendWithProgress,
    getToken: () => Promise.reject(new TokenError('unavailable', 'The token endpoint answered 503.')),
  });
  const error = await rejection(api.uploadCaseFile(invoice.id, new File(['x'], 'a.pdf')));
  assert.equal(error.type, 'api_connection_error');
  assert.equal(error.recoverable, true);
  assert.equal(sent.length, 0);
});

test('aborting rejects with the abort reason and stops retrying', async () => {
  const controller = new AbortController();
  const { api, calls } = client([
    () => {
      controller.abort();
      return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    },
    json(200, me),
  ]);
  await assert.rejects(
    api.getMe(controller.signal),
    (error: unknown) => error instanceof DOMException && error.name === 'AbortError',
  );
  assert.equal(calls.length, 1);
});

test('a timeout counts as a connection failure', async () => {
  const never = () =>
    new Promise<Response>((_, reject) => setTimeout(() => reject(new DOMException('timed out', 'TimeoutError')), 30));
  const { api } = client([never, never, never], { timeoutMs: 5 });
  const error = await rejection(api.getMe());
  assert.equal(error.type, 'api_connection_error');
});

test('a token that cannot be had surfaces as an authentication_error without calling Debitura', async () => {
  const { api, calls } = client([json(200, me)], {
    getToken: () => Promise.reject(new TokenError('signed_out')),
  });
  const error = await rejection(api.getMe());
  assert.equal(error.type, 'authentication_error');
  assert.equal(calls.length, 0);
});

test('asks Debitura in the widget’s language on every request, following a change of locale', async () => {
  let locale = 'da-DK';
  const { api, calls } = client([json(200, me), json(200, me)], { language: () => locale });
  await api.getMe();
  locale = 'de';
  await api.getMe();
  assert.equal(calls[0]?.headers['Accept-Language'], 'da-DK, da;q=0.9, en;q=0.5');
  assert.equal(calls[1]?.headers['Accept-Language'], 'de, en;q=0.5');
});

test('leaves Accept-Language out when there is no usable locale', async () => {
  const { api, calls } = client([json(200, me)], { language: () => 'da DK;evil' });
  await api.getMe();
  assert.equal(calls[0]?.headers['Accept-Language'], undefined);
  assert.equal(acceptLanguage('en-GB'), 'en-GB, en;q=0.9');
  assert.equal(acceptLanguage(null), null);
});
