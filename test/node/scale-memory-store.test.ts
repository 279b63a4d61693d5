// The default store: one process's tokens, mint claims, counts and webhook deliveries, in memory that stays bounded.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore } from '../../src/server/index.js';

const token = (accessToken: string, expiresAt: number) => ({ accessToken, expiresAt, lifetimeSeconds: 1800 });

describe('memory store', () => {
  it('keeps at most maxTokens tenants, forgetting the one stored first', async () => {
    const store = createMemoryStore({ maxTokens: 2, now: () => 0 });
    await store.setToken('a', token('jwt-a', 60_000));
    await store.setToken('b', token('jwt-b', 60_000));
    await store.setToken('c', token('jwt-c', 60_000));
    assert.equal(await store.getToken('a'), null);
    assert.equal((await store.getToken('b'))?.accessToken, 'jwt-b');
    assert.equal((await store.getToken('c'))?.accessToken, 'jwt-c');
    assert.throws(() => createMemoryStore({ maxTokens: 0 }), RangeError);
  });

  it('never hands out an expired token', async () => {
    const clock = { now: 0 };
    const store = createMemoryStore({ now: () => clock.now });
    await store.setToken('a', token('jwt-a', 1_000));
    clock.now = 1_000;
    assert.equal(await store.getToken('a'), null);
  });

  it('grants one mint claim per tenant until it is given back or runs out', async () => {
    const clock = { now: 0 };
    const store = createMemoryStore({ now: () => clock.now });
    const release = await store.claimMint('a', 10_000);
    assert.ok(release);
    assert.equal(await store.claimMint('a', 10_000), null);
    await release();
    const second = await store.claimMint('a', 10_000);
    assert.ok(second, 'given back');
    await release(); // the first holder again: must not free the second claim
    assert.equal(await store.claimMint('a', 10_000), null);
    clock.now = 10_000;
    assert.ok(await store.claimMint('a', 10_000), 'a claim whose holder never gave it back runs out');
  });

  it('counts limits and remembers webhook deliveries with the bounds of their own stores', async () => {
    const store = createMemoryStore({ maxRateLimitKeys: 1, maxWebhookDeliveries: 1, now: () => 0 });
    assert.equal(await store.hit('k', 60_000), 1);
    assert.equal(await store.hit('k', 60_000), 2);
    assert.equal(await store.hit('other', 60_000), 1);
    assert.equal(await store.hit('k', 60_000), 1, 'the oldest key was forgotten: only ever more lenient');
    assert.equal(await store.seen('d1', 300), false);
    assert.equal(await store.seen('d1', 300), true);
  });
});
