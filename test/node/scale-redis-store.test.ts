// The Redis store against a real redis-server: what two partner processes (two stores on one Redis) share, what
// the keys look like from Redis's side, and how the store keeps answering while Redis is gone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { createRedisStore, createTokenHandler, type RedisStore } from '../../src/server/index.js';
import { redisMissing, startRedis, type RedisServer } from './redis-harness.js';

function recordingLogger() {
  const warnings: string[] = [];
  const notes: string[] = [];
  return { warnings, notes, logger: { warn: (m: string) => warnings.push(m), info: (m: string) => notes.push(m) } };
}

const token = (accessToken: string, secondsLeft: number, now = Date.now()) => ({
  accessToken,
  expiresAt: now + secondsLeft * 1000,
  lifetimeSeconds: 1800,
});

describe('Redis store: two processes share one Redis', { skip: redisMissing }, () => {
  let redis: RedisServer;
  let raw: Redis;
  const stores: RedisStore[] = [];
  const open = (keyPrefix = 'test:') => {
    const store = createRedisStore({ url: redis.url, keyPrefix, logger: recordingLogger().logger });
    stores.push(store);
    return store;
  };

  before(async () => {
    redis = await startRedis();
    raw = new Redis(redis.url);
  });
  after(async () => {
    for (const store of stores) await store.close();
    raw.disconnect();
    await redis.stop();
  });

  it('counts one rate limit for both, and no count outlives its window', async () => {
    const [a, b] = [open(), open()];
    const counts: number[] = [];
    for (let call = 0; call < 5; call++) counts.push(await a.hit('tenant-1', 60_000), await b.hit('tenant-1', 60_000));
    assert.deepEqual(counts, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal(await b.hit('tenant-2', 60_000), 1, 'each key counts on its own');
    const atOnce = await Promise.all([a.hit('tenant-3', 60_000), b.hit('tenant-3', 60_000), a.hit('tenant-3', 60_000)]);
    assert.deepEqual(
      [...atOnce].sort((x, y) => x - y),
      [1, 2, 3],
      'requests arriving together are each counted, each told its own count',
    );
    const ttl = await raw.pttl('test:limit:tenant-1');
    assert.ok(ttl > 0 && ttl <= 60_000, `the count expires with its window (pttl ${ttl})`);
  });

  it('lets one of them claim a tenant’s mint at a time, and only the holder give it back', async () => {
    const [a, b] = [open(), open()];
    const releaseA = await a.claimMint('acme', 30_000);
    assert.ok(releaseA, 'the first claim wins');
    assert.equal(await b.claimMint('acme', 30_000), null, 'the other process waits');
    assert.ok(await b.claimMint('other-tenant', 30_000), 'another tenant is free');
    await releaseA();
    const releaseB = await b.claimMint('acme', 30_000);
    assert.ok(releaseB, 'given back, the claim can be taken');
    await releaseA(); // a late second release from the old holder
    assert.equal(await a.claimMint('acme', 30_000), null, 'does not free the new holder’s claim');
    await releaseB!();
  });

  it('hands a token one process stored to the other until it expires', async () => {
    const [a, b] = [open(), open()];
    assert.equal(await b.getToken('acme-ready'), null);
    const stored = token('jwt-1', 600);
    await a.setToken('acme-ready', stored);
    assert.deepEqual(await b.getToken('acme-ready'), stored);
    const ttl = await raw.pttl('test:token:acme-ready');
    assert.ok(ttl > 590_000 && ttl <= 600_000, `Redis drops the token when it expires (pttl ${ttl})`);
    await a.setToken('expired', token('jwt-old', -1));
    assert.equal(await b.getToken('expired'), null, 'an expired token is not stored');
  });

  it('keeps deployments with different key prefixes apart', async () => {
    const [production, staging] = [open('prod:'), open('staging:')];
    await production.setToken('acme-ready', token('prod-jwt', 600));
    assert.equal(await staging.getToken('acme-ready'), null);
    assert.equal(await production.hit('k', 60_000), 1);
    assert.equal(await staging.hit('k', 60_000), 1);
  });

  it('accepts a webhook delivery once across both', async () => {
    const [a, b] = [open(), open()];
    assert.equal(await a.seen('evt_1:1800000000', 300), false);
    assert.equal(await b.seen('evt_1:1800000000', 300), true, 'the replay reaches the other process');
    assert.equal(await b.seen('evt_1:1800000300', 300), false, 'Debitura’s own retry, signed afresh, passes');
  });

  it('accepts an ioredis client the partner created', async () => {
    const client = new Redis(redis.url, { enableOfflineQueue: false, commandTimeout: 1_000 });
    await new Promise((resolve) => client.once('ready', resolve));
    const store = createRedisStore({ client, keyPrefix: 'own-client:' });
    assert.equal(await store.hit('k', 60_000), 1);
    await store.close();
    assert.equal(client.status, 'ready', 'close() leaves a client the partner passed open');
    client.disconnect();
  });
});

describe('Redis store: an outage is answered from memory', { skip: redisMissing }, () => {
  it('warns once, keeps answering from this process, and shares again once Redis is back', async () => {
    const redis = await startRedis();
    const clock = { now: Date.now() };
    const { warnings, notes, logger } = recordingLogger();
    const client = new Redis(redis.url, {
      enableOfflineQueue: false,
      commandTimeout: 1_000,
      retryStrategy: () => 50,
    });
    await new Promise((resolve) => client.once('ready', resolve));
    const store = createRedisStore({ client, keyPrefix: 'outage:', retryAfterMs: 5_000, logger, now: () => clock.now });
    await store.setToken('acme-ready', token('shared-jwt', 600, clock.now));
    assert.equal(await store.hit('k', 60_000), 1);

    await redis.kill();
    assert.deepEqual(await store.getToken('acme-ready'), token('shared-jwt', 600, clock.now), 'this process kept it');
    assert.equal(await store.hit('k', 60_000), 1, 'counted in memory from here on');
    assert.equal(await store.hit('k', 60_000), 2);
    assert.ok(await store.claimMint('acme-ready', 30_000), 'minting is not blocked');
    assert.equal(await store.seen('evt:1', 300), false);
    await store.setToken('kyc-required', token('local-jwt', 600, clock.now));
    assert.equal((await store.getToken('kyc-required'))?.accessToken, 'local-jwt');
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /Redis store cannot be reached .*kept in this process/);

    const restarted = await startRedis(redis.port);
    await new Promise((resolve) => client.once('ready', resolve));
    assert.equal(await store.hit('k', 60_000), 3, 'within the retry delay it still counts in memory');
    clock.now += 5_000;
    assert.equal(await store.hit('k', 60_000), 1, 'then Redis counts again (its state was lost with the crash)');
    assert.equal(warnings.length, 1, 'one warning for the whole outage');
    assert.equal(notes.length, 1);
    assert.match(notes[0]!, /answers again/);
    client.disconnect();
    await restarted.stop();
  });

  it('serves tokens from a store whose Redis never answered, with one warning', async () => {
    const { warnings, logger } = recordingLogger();
    const store = createRedisStore({ url: 'redis://127.0.0.1:1', logger, redisOptions: { retryStrategy: () => null } });
    const sandbox = createSandbox();
    const handler = createTokenHandler({
      apiKey: SANDBOX_PARTNER_API_KEY,
      baseUrl: 'http://sandbox.test/referral',
      resolveTenant: () => 'acme-ready',
      branding: false,
      store,
      fetch: (input, init) => sandbox.fetch(new Request(input, init)),
    });
    for (let request = 0; request < 3; request++) {
      const answer = await handler(new Request('http://app.test/api/debitura/token', { method: 'POST' }));
      assert.equal(answer.status, 200);
    }
    assert.equal(warnings.length, 1, warnings.join('\n'));
    await store.close();
  });
});
