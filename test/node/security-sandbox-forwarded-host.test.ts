// X-Forwarded-Host (issue 14, item 12): the sandbox took the origin of its links from any client's
// X-Forwarded-Host, and the first request's origin was baked into stored signing and file URLs for everyone
// after it. Now forwarded headers count only with trustProxy, and stored URLs carry no origin: each answer
// names the sandbox by the origin its own caller used.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Sandbox } from '../../src/sandbox/index.js';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { startOfTest } from './sandbox-core-harness.js';

async function json(sandbox: Sandbox, url: string, headers: Record<string, string> = {}, init: RequestInit = {}) {
  const response = await sandbox.fetch(new Request(url, { ...init, headers: { Host: new URL(url).host, ...headers } }));
  return (await response.json()) as any;
}

async function signingUrlOfPendingCase(sandbox: Sandbox, base: string, headers: Record<string, string> = {}) {
  const answer = await json(sandbox, `${base}/customer/cases?Statuses=PendingContractSigning&PageSize=1`, {
    XApiKey: 'sandbox-creditor-key-acme-ready',
    ...headers,
  });
  return answer.cases[0].signingHandoff.combinedSigningUrl as string;
}

describe('X-Forwarded-Host', () => {
  test('is ignored unless forwarded headers are trusted', async () => {
    const sandbox = createSandbox({ now: () => startOfTest });
    const forwarded = { 'X-Forwarded-Host': 'attacker.example', 'X-Forwarded-Proto': 'https' };
    const me = await json(sandbox, 'http://localhost:4010/referral/me', {
      XApiKey: SANDBOX_PARTNER_API_KEY,
      ...forwarded,
    });
    assert.match(me.logoUrl, /^http:\/\/localhost:4010\/hosted\//);
    assert.match(
      await signingUrlOfPendingCase(sandbox, 'http://localhost:4010', forwarded),
      /^http:\/\/localhost:4010\//,
    );
  });

  test('names the public origin behind a trusted proxy', async () => {
    const sandbox = createSandbox({ now: () => startOfTest, trustProxy: true, allowedHosts: ['sandbox.ci.example'] });
    const me = await json(sandbox, 'http://localhost:4010/referral/me', {
      XApiKey: SANDBOX_PARTNER_API_KEY,
      'X-Forwarded-Host': 'sandbox.ci.example',
      'X-Forwarded-Proto': 'https',
    });
    assert.match(me.logoUrl, /^https:\/\/sandbox\.ci\.example\/hosted\//);
  });
});

describe('stored URLs', () => {
  test("the first caller's origin is not what later callers see", async () => {
    const sandbox = createSandbox({ now: () => startOfTest, allowedHosts: ['first.example'] });
    // The first request, from another host, used to seed the store with its origin.
    assert.match(
      await signingUrlOfPendingCase(sandbox, 'http://first.example:4010'),
      /^http:\/\/first\.example:4010\//,
    );
    assert.match(
      await signingUrlOfPendingCase(sandbox, 'http://127.0.0.1:4010'),
      /^http:\/\/127\.0\.0\.1:4010\/hosted\//,
    );

    // So is a URL stored by a request: a file uploaded through one origin, listed through another.
    const caseId = (
      await json(sandbox, 'http://first.example:4010/customer/cases?PageSize=1', {
        XApiKey: 'sandbox-creditor-key-acme-ready',
      })
    ).cases[0].id;
    const form = new FormData();
    form.set('File', new File(['%PDF-1.4'], 'invoice.pdf', { type: 'application/pdf' }));
    const uploaded = await sandbox.fetch(
      new Request(`http://first.example:4010/customer/cases/${caseId}/files`, {
        method: 'POST',
        headers: { Host: 'first.example:4010', XApiKey: 'sandbox-creditor-key-acme-ready' },
        body: form,
      }),
    );
    assert.match(((await uploaded.json()) as { url: string }).url, /^http:\/\/first\.example:4010\/hosted\/files\//);
    const files = await json(sandbox, `http://localhost:4010/customer/cases/${caseId}/files`, {
      XApiKey: 'sandbox-creditor-key-acme-ready',
    });
    assert.match(files.at(-1).url, /^http:\/\/localhost:4010\/hosted\/files\//);
  });
});
