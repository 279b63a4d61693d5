// Security: rate limits that stop a runaway client without letting one user lock a whole tenant out, in memory
// that stays bounded however many keys an attacker makes up.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import {
  createCustomerApiProxy,
  createMemoryRateLimitStore,
  createRateLimiter,
  createTokenHandler,
  defaultProxyRateLimit,
  defaultRateLimitMaxKeys,
  defaultTokenRateLimit,
  tokenFromHandler,
} from '../../src/server/index.js';

const partner = 'https://app.partner.example';

describe('security: proxy calls do not spend the tenant’s token limit (finding 3)', () => {
  function setup() {
    const sandbox = createSandbox();
    const clock = { now: 1_800_000_000_000 };
    let mints = 0;
    const sandboxFetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname.endsWith('/oauth/token')) mints++;
      return sandbox.fetch(request);
    };
    const tokenHandler = createTokenHandler({
      apiKey: SANDBOX_PARTNER_API_KEY,
      baseUrl: 'http://sandbox.test/referral',
      // Every user of this partner app belongs to the one tenant.
      resolveTenant: (request) => (request.headers.get('cookie')?.includes('user=') ? 'acme-ready' : null),
      branding: false,
      fetch: sandboxFetch,
      now: () => clock.now,
    });
    const proxy = createCustomerApiProxy({
      tokenFor: tokenFromHandler(tokenHandler),
      baseUrl: 'http://sandbox.test/customer',
      fetch: sandboxFetch,
      rateLimit: { store: createMemoryRateLimitStore({ now: () => clock.now }) },
    });
    const as = (user: string) => ({ cookie: `user=${user}; theme=dark` });
    return {
      clock,
      mints: () => mints,
      proxied: (user: string) => proxy(new Request(`${partner}/me`, { headers: as(user) })),
      token: (user: string) =>
        tokenHandler(new Request(`${partner}/api/debitura/token`, { method: 'POST', headers: as(user) })),
    };
  }

  it('one user’s 400 proxied calls leave the tenant’s other users their tokens', async () => {
    const { proxied, token, mints } = setup();
    const statuses = new Map<number, number>();
    for (let call = 0; call < defaultTokenRateLimit.limit + 100; call++) {
      const status = (await proxied('mallory')).status;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    // Before: after 300 proxied calls the tenant's token limit was spent and everyone got 429 for a minute.
    const colleague = await token('alice');
    assert.equal(colleague.status, 200);
    assert.ok(((await colleague.json()) as { accessToken?: string }).accessToken);
    assert.equal(mints(), 1, 'the proxy reads the one cached token; it does not mint per call');
    assert.equal(statuses.get(200), defaultProxyRateLimit.limit);
    assert.equal(statuses.get(429), 100, 'the runaway session is limited on its own');
  });

  it('the proxy limits each session: one over its limit, another still served, the next window open', async () => {
    const { proxied, clock } = setup();
    for (let call = 0; call < defaultProxyRateLimit.limit; call++) assert.equal((await proxied('mallory')).status, 200);
    const limited = await proxied('mallory');
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '10');
    assert.equal(((await limited.json()) as { error: string }).error, 'rate_limited');
    assert.equal((await proxied('alice')).status, 200);
    clock.now += defaultProxyRateLimit.windowMs;
    assert.equal((await proxied('mallory')).status, 200);
  });

  it('a partner user id can be the key, so extra cookies do not buy a fresh window', async () => {
    const proxy = createCustomerApiProxy({
      tokenFor: () => 'server-token',
      fetch: async () => Response.json({}),
      rateLimit: { limit: 2, key: (request) => /user=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? '' },
    });
    const call = (cookie: string) => proxy(new Request(`${partner}/me`, { headers: { cookie } }));
    assert.equal((await call('user=mallory; a=1')).status, 200);
    assert.equal((await call('user=mallory; a=2')).status, 200);
    assert.equal((await call('user=mallory; a=3')).status, 429);
  });
});

describe('security: the rate limiter’s memory is bounded (finding 6)', () => {
  it('keeps at most maxKeys keys, forgetting the oldest window first', async () => {
    const clock = { now: 0 };
    const allow = createRateLimiter({
      limit: 1,
      windowMs: 60_000,
      store: createMemoryRateLimitStore({ maxKeys: 1_000, now: () => clock.now }),
    });
    const request = new Request(`${partner}/t`, { method: 'POST' });
    assert.equal(await allow('first', request), true);
    assert.equal(await allow('first', request), false);
    for (let key = 0; key < 999; key++) await allow(`key-${key}`, request);
    assert.equal(await allow('first', request), false, 'still counted while the store has room');
    await allow('one-more', request);
    // The store was full: 'first', the oldest window, made room. Evicting only ever forgives, never blocks.
    assert.equal(await allow('first', request), true);
    assert.equal(await allow('key-500', request), false, 'newer windows are kept');
  });

  it('counts correctly for many more users than it keeps, and forgets them all once the window ends', async () => {
    const clock = { now: 0 };
    const allow = createRateLimiter({
      limit: 2,
      windowMs: 60_000,
      store: createMemoryRateLimitStore({ maxKeys: 5_000, now: () => clock.now }),
    });
    const request = new Request(`${partner}/t`, { method: 'POST' });
    for (let user = 0; user < 20_000; user++) assert.equal(await allow(`user-${user}`, request), true);
    // Past the cap the earliest users were forgotten; the latest are still counted.
    assert.equal(await allow('user-19999', request), true);
    assert.equal(await allow('user-19999', request), false);
    clock.now += 60_000;
    assert.equal(await allow('user-19999', request), true, 'a new window');
    assert.equal(defaultRateLimitMaxKeys, 100_000, 'the default cap');
  });

  it('refuses a cap that cannot hold a key', () => {
    assert.throws(() => createMemoryRateLimitStore({ maxKeys: 0 }), RangeError);
    assert.throws(() => createMemoryRateLimitStore({ maxKeys: Number.NaN }), RangeError);
  });
});
