import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDevBackend, isBackendPath } from '../../demo/backend.js';

test('the dev backend answers its health check', async () => {
  const backend = createDevBackend();
  const response = await backend.fetch(new Request('http://localhost/api/health'));
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { ok: true });
});

test('only backend paths are routed to the backend', () => {
  assert.equal(isBackendPath('/customer/me'), true);
  assert.equal(isBackendPath('/index.html'), false);
});
