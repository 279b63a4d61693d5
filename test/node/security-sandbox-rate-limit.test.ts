// The sandbox's --rate-limit (issue 14, item 9) counted per spelling of the Authorization header, before
// authentication, and never forgot a caller: changing the Bearer's case or spacing reset the count, and 40 k
// requests with made-up tokens grew memory by 190 MB. Now it counts per authenticated caller, everyone else
// shares one bucket, old entries expire and the number of buckets is capped.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RateLimiter } from '../../src/sandbox/rate-limit.js';
import { call, newSandbox, tokenFor } from './sandbox-core-harness.js';

describe('rate limit per authenticated caller', () => {
  test("a token's count holds whatever the spelling of its Authorization header", async () => {
    const { sandbox } = newSandbox({ rateLimitPerMinute: 4 });
    const token = await tokenFor(sandbox, 'acme-ready');
    const spellings = [`Bearer ${token}`, `bearer ${token}`, `BEARER  ${token}`, `Bearer ${token} `];
    for (const authorization of spellings) {
      assert.equal(
        (await call(sandbox, 'GET', '/customer/me', { headers: { Authorization: authorization } })).status,
        200,
      );
    }
    const fifth = await call(sandbox, 'GET', '/customer/me', { headers: { Authorization: `bEaReR\t${token}` } });
    assert.equal(fifth.status, 429);
    // The creditor's own key is the same caller, the same creditor.
    const byKey = await call(sandbox, 'GET', '/customer/me', {
      headers: { XApiKey: 'sandbox-creditor-key-acme-ready' },
    });
    assert.equal(byKey.status, 429);
    const otherTenant = await call(sandbox, 'GET', '/customer/me', {
      headers: { XApiKey: 'sandbox-creditor-key-kyc-required' },
    });
    assert.equal(otherTenant.status, 200, 'another creditor has its own count');
  });

  test('made-up credentials all share the anonymous bucket instead of getting one each', async () => {
    const { sandbox } = newSandbox({ rateLimitPerMinute: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const junk: Record<string, string> = i % 2 ? { Authorization: `Bearer junk-${i}` } : { XApiKey: `guess-${i}` };
      statuses.push((await call(sandbox, 'GET', '/customer/me', { headers: junk })).status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429, 429]);
    const referralGuess = await call(sandbox, 'GET', '/referral/me', { headers: { XApiKey: 'another-guess' } });
    assert.equal(referralGuess.status, 429, 'unauthenticated callers of both APIs share it');
    const partner = await call(sandbox, 'GET', '/referral/me', { headers: { XApiKey: 'sandbox-partner-key' } });
    assert.equal(partner.status, 200, 'the partner is counted apart from them');
  });
});

describe('RateLimiter memory', () => {
  test('entries expire after the window and the number of buckets is capped', () => {
    const limiter = new RateLimiter();
    const start = Date.parse('2026-06-15T10:00:00Z');
    for (let i = 0; i < 40_000; i++) limiter.retryAfterSeconds(`caller-${i}`, 100, start + i);
    assert.ok(limiter.size <= 1_000, `${limiter.size} buckets`);
    limiter.retryAfterSeconds('late', 100, start + 10 * 60_000);
    for (let i = 0; i < 2_000; i++) limiter.retryAfterSeconds(`next-${i}`, 100, start + 10 * 60_000 + i);
    assert.ok(limiter.size <= 1_000, `${limiter.size} buckets`);
    // A limited caller stays limited however many others arrive meanwhile, as long as it keeps calling.
    const busy = new RateLimiter();
    for (let i = 0; i < 3; i++) busy.retryAfterSeconds('busy', 3, start);
    for (let i = 0; i < 5_000; i++) {
      busy.retryAfterSeconds(`other-${i}`, 3, start + 1);
      if (i % 500 === 0) assert.ok(busy.retryAfterSeconds('busy', 3, start + 1) > 0);
    }
  });
});
