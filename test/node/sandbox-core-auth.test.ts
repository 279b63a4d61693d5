import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { creditorApiKeyOf } from '../../src/sandbox/index.js';
import { assertMatchesSpec, specsAvailable } from './openapi-contract.js';
import { bearer, call, newSandbox, referral, tokenFor } from './sandbox-core-harness.js';

const checkSpec = (...args: Parameters<typeof assertMatchesSpec>) => {
  if (specsAvailable) assertMatchesSpec(...args);
};

describe('POST /referral/oauth/token', () => {
  test('mints a Bearer token for a linked tenant, with the five documented fields', async () => {
    const { sandbox } = newSandbox();
    const answer = await referral(sandbox, 'POST', '/oauth/token', { externalTenantId: 'acme-ready' });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.tokenType, 'Bearer');
    assert.equal(answer.body.expiresIn, 1800);
    assert.equal(answer.body.externalTenantId, 'acme-ready');
    assert.match(answer.body.creditorId, /^[0-9a-f-]{36}$/);
    assert.equal(answer.body.accessToken.split('.').length, 3);
    checkSpec('referral', 'POST', '/oauth/token', 200, answer.body);
  });

  test('accepts the PascalCase ExternalTenantId the docs also show, and honours tokenTtlSeconds', async () => {
    const { sandbox } = newSandbox({ tokenTtlSeconds: 60 });
    const answer = await referral(sandbox, 'POST', '/oauth/token', { ExternalTenantId: 'acme-ready' });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.expiresIn, 60);
  });

  test('400 without externalTenantId or with unknown fields, as ApiErrorResponseDto', async () => {
    const { sandbox } = newSandbox();
    for (const body of [{}, { externalTenantId: '' }, { externalTenantId: 'acme-ready', scope: 'all' }, 'not json']) {
      const answer = await referral(sandbox, 'POST', '/oauth/token', body);
      assert.equal(answer.status, 400, JSON.stringify(body));
      checkSpec('referral', 'POST', '/oauth/token', 400, answer.body);
    }
  });

  test('401 with a missing or wrong partner key', async () => {
    const { sandbox } = newSandbox();
    for (const headers of [{}, { XApiKey: 'wrong' }] as Record<string, string>[]) {
      const answer = await call(sandbox, 'POST', '/referral/oauth/token', {
        headers,
        body: { externalTenantId: 'acme-ready' },
      });
      assert.equal(answer.status, 401);
    }
  });

  test('404 for unknown tenants, unfinished onboarding and pending link requests', async () => {
    const { sandbox } = newSandbox();
    for (const externalTenantId of ['nobody', 'newco-onboarding', 'linked-elsewhere', 'ACME-READY']) {
      const answer = await referral(sandbox, 'POST', '/oauth/token', { externalTenantId });
      assert.equal(answer.status, 404, externalTenantId);
      checkSpec('referral', 'POST', '/oauth/token', 404, answer.body);
    }
  });

  test('a tenant with unsigned contracts gets a token by default, but not with requireSignedContractForToken', async () => {
    const lenient = newSandbox().sandbox;
    assert.equal(
      (await referral(lenient, 'POST', '/oauth/token', { externalTenantId: 'unsigned-contract' })).status,
      200,
    );
    const strict = newSandbox({ requireSignedContractForToken: true }).sandbox;
    assert.equal(
      (await referral(strict, 'POST', '/oauth/token', { externalTenantId: 'unsigned-contract' })).status,
      404,
    );
    assert.equal((await referral(strict, 'POST', '/oauth/token', { externalTenantId: 'acme-ready' })).status, 200);
  });
});

describe('GET /referral/me', () => {
  test('returns the partner profile with the branding hosted pages use', async () => {
    const { sandbox } = newSandbox();
    const answer = await referral(sandbox, 'GET', '/me');
    assert.equal(answer.status, 200);
    assert.match(answer.body.backgroundColorCode, /^#[0-9A-F]{6}$/i);
    assert.ok(answer.body.fontColor && answer.body.fontFamily);
    assert.ok(answer.body.logoUrl.startsWith('http://sandbox.test/hosted/'));
    checkSpec('referral', 'GET', '/me', 200, answer.body);
    const logo = await call(sandbox, 'GET', new URL(answer.body.logoUrl).pathname);
    assert.equal(logo.status, 200);
    assert.equal(logo.headers.get('Content-Type'), 'image/svg+xml');
  });
});

describe('Customer API authentication', () => {
  test('GET /customer/me answers the creditor of the bearer token', async () => {
    const { sandbox } = newSandbox();
    const answer = await call(sandbox, 'GET', '/customer/me', {
      headers: bearer(await tokenFor(sandbox, 'acme-ready')),
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.companyName, 'Acme Supplies ApS');
    checkSpec('customer', 'GET', '/me', 200, answer.body);
  });

  test("a creditor's own XApiKey works like a token", async () => {
    const { sandbox } = newSandbox();
    const answer = await call(sandbox, 'GET', '/customer/me', {
      headers: { XApiKey: creditorApiKeyOf('kyc-required') },
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.companyName, 'Kestrel Imports Ltd');
  });

  test('401 with an empty body for a missing, forged or partner credential', async () => {
    const { sandbox } = newSandbox();
    const token = await tokenFor(sandbox, 'acme-ready');
    const forged = `${token.slice(0, -4)}AAAA`;
    for (const headers of [{}, bearer(forged), bearer('not-a-jwt'), { XApiKey: 'sandbox-partner-key' }] as Record<
      string,
      string
    >[]) {
      const answer = await call(sandbox, 'GET', '/customer/me', { headers });
      assert.equal(answer.status, 401);
      assert.equal(answer.text, '');
    }
  });

  test('a token signed with another secret is refused', async () => {
    const other = newSandbox({ jwtSecret: 'another-secret' }).sandbox;
    const { sandbox } = newSandbox();
    const answer = await call(sandbox, 'GET', '/customer/me', { headers: bearer(await tokenFor(other, 'acme-ready')) });
    assert.equal(answer.status, 401);
  });

  test('a token stops working when it expires on the sandbox clock', async () => {
    const { sandbox, clock } = newSandbox({ tokenTtlSeconds: 1 });
    const headers = bearer(await tokenFor(sandbox, 'acme-ready'));
    assert.equal((await call(sandbox, 'GET', '/customer/me', { headers })).status, 200);
    clock.advanceSeconds(2);
    assert.equal((await call(sandbox, 'GET', '/customer/me', { headers })).status, 401);
    const fresh = bearer(await tokenFor(sandbox, 'acme-ready'));
    assert.equal((await call(sandbox, 'GET', '/customer/me', { headers: fresh })).status, 200);
  });

  test("one tenant's token cannot read another tenant's case", async () => {
    const { sandbox } = newSandbox();
    const acme = bearer(await tokenFor(sandbox, 'acme-ready'));
    const kestrel = bearer(await tokenFor(sandbox, 'kyc-required'));
    const list = await call(sandbox, 'GET', '/customer/cases?PageSize=1', { headers: acme });
    const caseId = list.body.cases[0].id;
    assert.equal((await call(sandbox, 'GET', `/customer/cases/${caseId}`, { headers: acme })).status, 200);
    assert.equal((await call(sandbox, 'GET', `/customer/cases/${caseId}`, { headers: kestrel })).status, 404);
    assert.equal((await call(sandbox, 'GET', `/customer/cases/${caseId}/timeline`, { headers: kestrel })).status, 404);
  });
});
