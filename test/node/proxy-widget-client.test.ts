// The widget's Customer API client in proxy mode sends the partner's cookies (also cross-origin) and the header
// the proxy's CSRF check asks for; straight to Debitura it sends neither.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CustomerApiClient } from '../../src/widget/api/customer-api-client.js';
import type { ProgressRequest } from '../../src/widget/api/upload-transport.js';

function recordingClient(viaPartnerProxy: boolean) {
  const sent: Array<{ credentials: RequestCredentials | undefined; headers: Headers }> = [];
  const uploads: ProgressRequest[] = [];
  const client = new CustomerApiClient({
    baseUrl: 'https://app.partner.example/api/debitura/customer',
    viaPartnerProxy,
    getToken: async () => 'token',
    onUnauthorized: () => {},
    fetch: async (_input, init) => {
      sent.push({ credentials: init?.credentials, headers: new Headers(init?.headers) });
      return Response.json({ id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' });
    },
    sendWithProgress: async (request) => {
      uploads.push(request);
      return { status: 200, text: JSON.stringify({ fileName: 'a.pdf' }) };
    },
  });
  return { client, sent, uploads };
}

test('through the partner proxy: cookies on every call, and X-Requested-With on JSON calls and uploads', async () => {
  const { client, sent, uploads } = recordingClient(true);
  await client.getMe().catch(() => {}); // only what was sent matters here
  await client.uploadCaseFile('3fa85f64-5717-4562-b3fc-2c963f66afa6', new File(['%PDF'], 'a.pdf'));
  assert.equal(sent[0]!.credentials, 'include');
  assert.equal(sent[0]!.headers.get('x-requested-with'), 'debitura-collect');
  assert.equal(uploads[0]!.withCredentials, true);
  assert.equal(uploads[0]!.headers['X-Requested-With'], 'debitura-collect');
});

test('straight to Debitura: no cookies beyond the page’s own origin and no extra header', async () => {
  const { client, sent, uploads } = recordingClient(false);
  await client.getMe().catch(() => {}); // only what was sent matters here
  await client.uploadCaseFile('3fa85f64-5717-4562-b3fc-2c963f66afa6', new File(['%PDF'], 'a.pdf'));
  assert.equal(sent[0]!.credentials, 'same-origin');
  assert.equal(sent[0]!.headers.get('x-requested-with'), null);
  assert.equal(uploads[0]!.withCredentials, false);
  assert.equal(uploads[0]!.headers['X-Requested-With'], undefined);
});
