// Sandbox tokens (issue 14, item 11): they were signed with a fixed secret printed in the source, so anyone
// could mint a token for any tenant, and a token without `exp` was accepted forever. Now each process signs
// with a random secret unless one is configured, and a token must carry an expiry.
import assert from 'node:assert/strict';
import { SignJWT } from 'jose';
import { describe, test } from 'node:test';
import { bearer, call, newSandbox, startOfTest, tokenFor } from './sandbox-core-harness.js';

const formerPublicSecret = 'debitura-sandbox-development-secret-not-for-production';

function forge(secret: string, claims: { exp?: number } = {}) {
  const issuedAt = Math.floor(startOfTest.getTime() / 1000);
  let jwt = new SignJWT({ ext: 'acme-ready' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('c4ed1707-0000-4000-8000-000000000001')
    .setIssuer('debitura-sandbox')
    .setAudience('customer-api')
    .setIssuedAt(issuedAt);
  if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
  return jwt.sign(new TextEncoder().encode(secret));
}

describe('token signing secret', () => {
  test('a token signed with the formerly published secret is refused', async () => {
    const { sandbox } = newSandbox();
    const forged = await forge(formerPublicSecret, { exp: Math.floor(startOfTest.getTime() / 1000) + 600 });
    assert.equal((await call(sandbox, 'GET', '/customer/me', { headers: bearer(forged) })).status, 401);
  });

  test('two sandboxes without a configured secret do not accept each other’s tokens', async () => {
    const first = newSandbox().sandbox;
    const second = newSandbox().sandbox;
    const token = await tokenFor(first, 'acme-ready');
    assert.equal((await call(first, 'GET', '/customer/me', { headers: bearer(token) })).status, 200);
    assert.equal((await call(second, 'GET', '/customer/me', { headers: bearer(token) })).status, 401);
  });

  test('a configured secret keeps tokens valid across sandboxes (a restart with --jwt-secret)', async () => {
    const secret = 'shared-ci-secret-0123456789abcdef';
    const token = await tokenFor(newSandbox({ jwtSecret: secret }).sandbox, 'acme-ready');
    const restarted = newSandbox({ jwtSecret: secret }).sandbox;
    assert.equal((await call(restarted, 'GET', '/customer/me', { headers: bearer(token) })).status, 200);
  });
});

describe('token expiry', () => {
  test('a correctly signed token without exp is refused', async () => {
    const secret = 'known-secret-for-this-test-only-0000';
    const { sandbox } = newSandbox({ jwtSecret: secret });
    assert.equal((await call(sandbox, 'GET', '/customer/me', { headers: bearer(await forge(secret)) })).status, 401);
    const withExpiry = await forge(secret, { exp: Math.floor(startOfTest.getTime() / 1000) + 600 });
    assert.equal((await call(sandbox, 'GET', '/customer/me', { headers: bearer(withExpiry) })).status, 200);
  });
});
