// Signatures are produced here with node:crypto, independently of the WebCrypto code under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { verifyWebhookSignature } from '../../src/server/index.js';

const secret = Buffer.from('whsec-demo-secret-of-32-bytes!!!').toString('base64');
const nowMs = 1_780_000_000_000;
const nowSeconds = nowMs / 1000;
const payload =
  '{"id":"550e8400-e29b-41d4-a716-446655440000","event":"case.created","data":{"caseId":"c1","amount":12.5}}';

function sign(body: string | Buffer, timestamp: number | string, key = secret): string {
  const hmac = createHmac('sha256', Buffer.from(key, 'base64'));
  hmac.update(`${timestamp}.`);
  hmac.update(body);
  return `t=${timestamp},v1=${hmac.digest('hex')}`;
}

const verify = (
  header: string | null,
  body: string | Uint8Array = payload,
  extra: { toleranceSeconds?: number; futureToleranceSeconds?: number } = {},
) => verifyWebhookSignature({ payload: body, header, secret, now: nowMs, ...extra });

test('a genuine delivery verifies, as a string or as raw bytes', async () => {
  assert.equal(await verify(sign(payload, nowSeconds - 12)), true);
  assert.equal(await verify(sign(payload, nowSeconds - 12), new TextEncoder().encode(payload)), true);
});

test('non-ASCII bodies are signed over their UTF-8 bytes', async () => {
  const body = '{"debtorName":"Søren Ærø – 東京"}';
  assert.equal(await verify(sign(Buffer.from(body, 'utf8'), nowSeconds), body), true);
});

test('a tampered body, timestamp or signature does not verify', async () => {
  const header = sign(payload, nowSeconds);
  assert.equal(await verify(header, payload.replace('12.5', '1250')), false);
  assert.equal(await verify(header, JSON.stringify(JSON.parse(payload), null, 2)), false, 're-serialized JSON');
  assert.equal(await verify(header.replace(`t=${nowSeconds}`, `t=${nowSeconds - 1}`)), false);
  const flipped = header.slice(0, -1) + (header.endsWith('0') ? '1' : '0');
  assert.equal(await verify(flipped), false);
});

test('a signature made with another secret does not verify', async () => {
  const otherSecret = Buffer.from('another-secret-entirely-32-bytes').toString('base64');
  assert.equal(await verify(sign(payload, nowSeconds, otherSecret)), false);
});

test('stale signatures are rejected past the tolerance, default five minutes', async () => {
  assert.equal(await verify(sign(payload, nowSeconds - 300)), true);
  assert.equal(await verify(sign(payload, nowSeconds - 301)), false);
  assert.equal(await verify(sign(payload, nowSeconds - 100), payload, { toleranceSeconds: 60 }), false);
});

test('timestamps too far in the future are rejected', async () => {
  assert.equal(await verify(sign(payload, nowSeconds + 299)), true);
  assert.equal(await verify(sign(payload, nowSeconds + 301)), false);
  assert.equal(await verify(sign(payload, nowSeconds + 31), payload, { futureToleranceSeconds: 30 }), false);
});

test('malformed headers are rejected without throwing', async () => {
  const good = sign(payload, nowSeconds);
  const v1 = good.split('v1=')[1]!;
  for (const header of [
    null,
    '',
    'garbage',
    `v1=${v1}`,
    `t=${nowSeconds}`,
    `t=${nowSeconds},v1=`,
    `t=abc,v1=${v1}`,
    `t=${nowSeconds}.5,v1=${v1}`,
    `t=${nowSeconds},t=${nowSeconds},v1=${v1}`,
    `t=${nowSeconds},v1=${v1.slice(0, 40)}`,
    `t=${nowSeconds},v1=${Buffer.from(v1, 'hex').toString('base64')}`,
    `t=${nowSeconds};v1=${v1}`,
  ]) {
    assert.equal(await verify(header), false, String(header));
  }
});

test('t and v1 may come in either order, unknown schemes are ignored, several v1 values are accepted (secret rotation)', async () => {
  const good = sign(payload, nowSeconds);
  const [t, v1] = good.split(',') as [string, string];
  assert.equal(await verify(`${v1},${t}`), true);
  assert.equal(await verify(`${t},v1=${'0'.repeat(64)},${v1}`), true);
  assert.equal(await verify(`${t},v0=ignored,${v1}`), true);
});

test('a secret that is not Base64 never verifies', async () => {
  const header = sign(payload, nowSeconds);
  assert.equal(await verifyWebhookSignature({ payload, header, secret: 'not base64!*', now: nowMs }), false);
  assert.equal(await verifyWebhookSignature({ payload, header, secret: '', now: nowMs }), false);
});
