import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isExpired,
  isNearExpiry,
  refreshAt,
  refreshDelay,
  tokenRetryCapMs,
  tokenRetryDelay,
  tokenTiming,
} from '../../src/widget/token/token-timing.js';
import { fullJitterBackoff } from '../../src/widget/retry/backoff.js';

const start = 1_000_000;

test('a 30-minute token is refreshed at 80 % of its lifetime (24 min, earlier than one minute before expiry)', () => {
  const timing = tokenTiming(start, 1800);
  assert.equal(refreshAt(timing), start + 1440_000);
});

test('a short token is refreshed one minute before expiry when that comes before 80 %', () => {
  const timing = tokenTiming(start, 120);
  // 80 % is 96 s; 60 s before expiry is 60 s: the earlier wins.
  assert.equal(refreshAt(timing), start + 60_000);
  const fiveMinutes = tokenTiming(start, 300);
  assert.equal(refreshAt(fiveMinutes), start + 240_000);
  const fourMinutes = tokenTiming(start, 240);
  assert.equal(refreshAt(fourMinutes), start + 180_000);
  const tenMinutes = tokenTiming(start, 600);
  assert.equal(refreshAt(tenMinutes), start + 480_000, '80 % of 600 s is 480 s, before 540 s');
});

test('a token shorter than a minute is refreshed at half its lifetime, not in a loop', () => {
  assert.equal(refreshAt(tokenTiming(start, 30)), start + 15_000);
  assert.equal(refreshAt(tokenTiming(start, 2)), start + 1_000);
});

test('refresh delay counts down and never goes negative', () => {
  const timing = tokenTiming(start, 1800);
  assert.equal(refreshDelay(timing, start), 1440_000);
  assert.equal(refreshDelay(timing, start + 1000_000), 440_000);
  assert.equal(refreshDelay(timing, start + 1800_000 + 5), 0);
});

test('near expiry starts at the refresh instant; expired at the expiry instant', () => {
  const timing = tokenTiming(start, 1800);
  assert.equal(isNearExpiry(timing, start + 1439_999), false);
  assert.equal(isNearExpiry(timing, start + 1440_000), true);
  assert.equal(isExpired(timing, start + 1799_999), false);
  assert.equal(isExpired(timing, start + 1800_000), true);
});

test('a token that arrives already expired (0 s) is due for refresh at once', () => {
  const timing = tokenTiming(start, 0);
  assert.equal(refreshDelay(timing, start), 0);
  assert.equal(isNearExpiry(timing, start), true);
});

test('full jitter draws from zero up to the doubled base, capped', () => {
  const options = { baseDelayMs: 1000, capMs: 30_000 };
  assert.equal(
    fullJitterBackoff(0, options, () => 0),
    0,
  );
  assert.equal(
    fullJitterBackoff(0, options, () => 0.5),
    500,
  );
  assert.equal(
    fullJitterBackoff(3, options, () => 0.5),
    4000,
  );
  assert.equal(
    fullJitterBackoff(20, options, () => 0.999),
    29_970,
  );
});

test('token fetch retries never wait longer than 30 s', () => {
  for (let attempt = 0; attempt < 40; attempt++) {
    assert.ok(tokenRetryDelay(attempt, () => 0.9999) < tokenRetryCapMs);
  }
  assert.ok(tokenRetryDelay(10, () => 0.9999) > 29_000, 'late retries do reach the cap');
});
