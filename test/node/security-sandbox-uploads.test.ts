// Sandbox request bodies are capped before they are read (issue 14, item 8): a 300 MB upload used to be read
// whole before the 25 MB check. Now a declared Content-Length over the cap is refused without reading a byte,
// and a body without one is refused as soon as it passes the cap. Each attack body is a stream that counts
// what the sandbox pulls from it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_REQUEST_BYTES, MAX_UPLOAD_REQUEST_BYTES } from '../../src/sandbox/body-limits.js';
import { bearer, newSandbox, origin, tokenFor } from './sandbox-core-harness.js';

const mb = 1024 * 1024;

/** A body of `total` bytes made on demand; `pulled()` says how much of it the reader asked for. */
function countingBody(total: number) {
  let produced = 0;
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= total) return controller.close();
      const size = Math.min(chunk.length, total - produced);
      produced += size;
      controller.enqueue(size === chunk.length ? chunk : chunk.subarray(0, size));
    },
  });
  return { stream, pulled: () => produced };
}

async function caseIdOf(sandbox: ReturnType<typeof newSandbox>['sandbox'], token: string): Promise<string> {
  const response = await sandbox.fetch(new Request(`${origin}/customer/cases?PageSize=1`, { headers: bearer(token) }));
  return ((await response.json()) as { cases: { id: string }[] }).cases[0]!.id;
}

/** Streams a 300 MB multipart body at a case's files, with `headers` beside the token. */
async function uploadHuge(headers: Record<string, string>) {
  const { sandbox } = newSandbox();
  const token = await tokenFor(sandbox, 'acme-ready');
  const id = await caseIdOf(sandbox, token);
  const body = countingBody(300 * mb);
  const response = await sandbox.fetch(
    new Request(`${origin}/customer/cases/${id}/files`, {
      method: 'POST',
      headers: { ...bearer(token), 'Content-Type': 'multipart/form-data; boundary=x', ...headers },
      body: body.stream,
      duplex: 'half',
    } as RequestInit),
  );
  return { response, pulled: body.pulled };
}

describe('upload size', () => {
  test('a declared 300 MB upload is refused with 413 before any of it is read', async () => {
    const { response, pulled } = await uploadHuge({ 'Content-Length': String(300 * mb) });
    assert.equal(response.status, 413);
    assert.equal(
      ((await response.json()) as { businessErrors: { type: string }[] }).businessErrors[0]!.type,
      'FileTooLarge',
    );
    assert.ok(pulled() <= 128 * 1024, `read ${pulled()} bytes`);
  });

  test('an upload without Content-Length is cut off just past the cap, not read to its end', async () => {
    const { response, pulled } = await uploadHuge({ 'Transfer-Encoding': 'chunked' });
    assert.equal(response.status, 413);
    assert.ok(pulled() <= MAX_UPLOAD_REQUEST_BYTES + 128 * 1024, `read ${Math.round(pulled() / mb)} MB`);
  });

  test('a file within 25 MB is still accepted, and one just over it still answers 413 FileTooLarge', async () => {
    const { sandbox } = newSandbox();
    const token = await tokenFor(sandbox, 'acme-ready');
    const id = await caseIdOf(sandbox, token);
    const upload = (bytes: number) => {
      const form = new FormData();
      form.set('File', new File([new Uint8Array(bytes)], 'invoice.pdf', { type: 'application/pdf' }));
      return sandbox.fetch(
        new Request(`${origin}/customer/cases/${id}/files`, { method: 'POST', headers: bearer(token), body: form }),
      );
    };
    assert.equal((await upload(2 * mb)).status, 200);
    assert.equal((await upload(25 * mb + 1)).status, 413);
  });
});

describe('other request bodies', () => {
  test('JSON and form bodies over 1 MB are refused without reading them whole', async () => {
    const { sandbox } = newSandbox();
    const token = await tokenFor(sandbox, 'acme-ready');
    const body = countingBody(100 * mb);
    const response = await sandbox.fetch(
      new Request(`${origin}/customer/cases`, {
        method: 'POST',
        headers: { ...bearer(token), 'Content-Type': 'application/json' },
        body: body.stream,
        duplex: 'half',
      } as RequestInit),
    );
    assert.equal(response.status, 413);
    assert.ok(body.pulled() <= MAX_REQUEST_BYTES + 128 * 1024, `read ${body.pulled()} bytes`);
    const form = await sandbox.fetch(
      new Request(`${origin}/hosted/kyc/anything`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(50 * mb) },
        body: countingBody(50 * mb).stream,
        duplex: 'half',
      } as RequestInit),
    );
    assert.equal(form.status, 413);
  });
});
