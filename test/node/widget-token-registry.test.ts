import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenRegistry } from '../../src/widget/token/token-registry.js';
import { TokenError } from '../../src/widget/token/token-error.js';
import type { TokenEnvironment } from '../../src/widget/token/token-environment.js';
import type { SharedTokenEvent } from '../../src/widget/token/shared-token.js';
import { allowCustomerApiCode, loadCustomerApiCode } from '../../src/widget/api/customer-api-code.js';

// Answers are checked by the API code, which a page lets load once its first view is drawn; no view here. It is
// loaded before the tests start, so the manual clock is not racing a module load.
allowCustomerApiCode();
await loadCustomerApiCode();

/** Manual clock: timers fire only when the test advances time. */
function fakeEnvironment(random = 0) {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const visibleListeners = new Set<() => void>();
  const env: TokenEnvironment = {
    now: () => now,
    setTimeout(callback, delayMs) {
      const id = nextId++;
      timers.set(id, { at: now + delayMs, callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    random: () => random,
    onPageVisible(callback) {
      visibleListeners.add(callback);
      return () => visibleListeners.delete(callback);
    },
  };
  return {
    env,
    pendingTimers: () => timers.size,
    visibilityListeners: () => visibleListeners.size,
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        await flush();
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
        await flush();
      }
      now = until;
      await flush();
    },
    setNow(value: number) {
      now = value;
    },
    becomeVisible() {
      for (const listener of visibleListeners) listener();
    },
  };
}

async function flush() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((resolve) => setImmediate(resolve));
}

function countingSource(expiresIn = 1800) {
  let calls = 0;
  const fetchToken = async () => {
    calls++;
    return { accessToken: `token-${calls}`, expiresIn };
  };
  return { fetchToken, calls: () => calls };
}

test('concurrent callers of one source share a single fetch and get the same token', async () => {
  const clock = fakeEnvironment();
  const registry = new TokenRegistry(clock.env);
  const source = countingSource();
  const a = registry.tokenFor({ kind: 'function', fetchToken: source.fetchToken });
  const b = registry.tokenFor({ kind: 'function', fetchToken: source.fetchToken });
  assert.equal(a, b);
  const tokens = await Promise.all([a.getToken(), b.getToken(), a.getToken()]);
  assert.deepEqual(tokens, ['token-1', 'token-1', 'token-1']);
  assert.equal(source.calls(), 1);
  assert.equal(await b.getToken(), 'token-1', 'a valid token is reused');
  assert.equal(source.calls(), 1);
});

test('different sources get different tokens; the same endpoint URL shares one', async () => {
  const clock = fakeEnvironment();
  let calls = 0;
  const fetchStub = (async () => {
    calls++;
    return new Response(JSON.stringify({ accessToken: `endpoint-${calls}`, expiresIn: 1800 }), { status: 200 });
  }) as typeof fetch;
  const registry = new TokenRegistry(clock.env, fetchStub);
  const one = registry.tokenFor({ kind: 'endpoint', url: 'https://partner.example/api/token' });
  const two = registry.tokenFor({ kind: 'endpoint', url: 'https://partner.example/api/token' });
  const other = registry.tokenFor({ kind: 'function', fetchToken: countingSource().fetchToken });
  assert.equal(one, two);
  assert.notEqual(one, other);
  await Promise.all([one.getToken(), two.getToken()]);
  assert.equal(calls, 1);
});

test('while subscribed, the token is refreshed in the background before it expires', async () => {
  const clock = fakeEnvironment();
  const registry = new TokenRegistry(clock.env);
  const source = countingSource(1800);
  const shared = registry.tokenFor({ kind: 'function', fetchToken: source.fetchToken });
  const events: SharedTokenEvent[] = [];
  const unsubscribe = shared.subscribe((event) => events.push(event));
  assert.equal(await shared.getToken(), 'token-1');
  await clock.advance(1439_000);
  assert.equal(source.calls(), 1, 'not yet');
  await clock.advance(1000);
  assert.equal(source.calls(), 2, 'refreshed at 80 % of the lifetime');
  assert.equal(await shared.getToken(), 'token-2');
  assert.deepEqual(
    events.map((e) => e.type),
    ['refreshed', 'refreshed'],
  );
  unsubscribe();
  assert.equal(clock.pendingTimers(), 0, 'no timer left once nobody listens');
  assert.equal(clock.visibilityListeners(), 0, 'no visibility listener left once nobody listens');
});

test('a 401 invalidates the rejected token once, however many widgets report it', async () => {
  const clock = fakeEnvironment();
  const registry = new TokenRegistry(clock.env);
  const source = countingSource();
  const shared = registry.tokenFor({ kind: 'function', fetchToken: source.fetchToken });
  const rejected = await shared.getToken();
  shared.invalidate(rejected);
  const fresh = await shared.getToken();
  assert.equal(fresh, 'token-2');
  shared.invalidate(rejected); // a late 401 for the old token
  assert.equal(await shared.getToken(), 'token-2');
  assert.equal(source.calls(), 2);
});

test('returning to a hidden tab refreshes a token that is near expiry', async () => {
  const clock = fakeEnvironment();
  const registry = new TokenRegistry(clock.env);
  const source = countingSource(1800);
  const shared = registry.tokenFor({ kind: 'function', fetchToken: source.fetchToken });
  const unsubscribe = shared.subscribe(() => {});
  await shared.getToken();
  clock.becomeVisible();
  await flush();
  assert.equal(source.calls(), 1, 'a fresh token is left alone');
  // Background tabs throttle timers: time passes without the refresh timer firing.
  clock.setNow(1500_000);
  clock.becomeVisible();
  await flush();
  assert.equal(source.calls(), 2);
  unsubscribe();
});

test('a token near expiry is replaced before it is handed out', async () => {
  const clock = fakeEnvironment();
  const registry = new TokenRegistry(clock.env);
  const source = countingSource(1800);
  const shared = registry.tokenFor({ kind: 'function', fetchToken: source.fetchToken });
  await shared.getToken();
  clock.setNow(1500_000);
  assert.equal(await shared.getToken(), 'token-2');
});

test('a signed-out answer is reported at once, without retries', async () => {
  const clock = fakeEnvironment();
  let calls = 0;
  const fetchStub = (async () => {
    calls++;
    return new Response(null, { status: 401 });
  }) as typeof fetch;
  const registry = new TokenRegistry(clock.env, fetchStub);
  const shared = registry.tokenFor({ kind: 'endpoint', url: 'https://partner.example/token' });
  const events: SharedTokenEvent[] = [];
  shared.subscribe((event) => events.push(event));
  await assert.rejects(shared.getToken(), (error) => error instanceof TokenError && error.reason === 'signed_out');
  assert.equal(calls, 1);
  assert.equal(clock.pendingTimers(), 0, 'no retry is scheduled for a signed-out user');
  assert.equal(events[0]?.type, 'failed');
});

test('a tenant that is not linked is told apart from a signed-out user', async () => {
  const clock = fakeEnvironment();
  const fetchStub = (async () =>
    new Response(JSON.stringify({ error: 'tenant_not_linked', message: 'Not linked' }), {
      status: 403,
    })) as typeof fetch;
  const registry = new TokenRegistry(clock.env, fetchStub);
  const shared = registry.tokenFor({ kind: 'endpoint', url: 'https://partner.example/token' });
  await assert.rejects(shared.getToken(), (error) => error instanceof TokenError && error.reason === 'not_linked');
});

test('an unavailable endpoint is retried with backoff, then keeps retrying in the background', async () => {
  const clock = fakeEnvironment(0.5);
  let calls = 0;
  const fetchStub = (async () => {
    calls++;
    if (calls <= 3) return new Response('busy', { status: 503 });
    return new Response(JSON.stringify({ accessToken: 'late', expiresIn: 1800 }), { status: 200 });
  }) as typeof fetch;
  const registry = new TokenRegistry(clock.env, fetchStub);
  const shared = registry.tokenFor({ kind: 'endpoint', url: 'https://partner.example/token' });
  const events: SharedTokenEvent[] = [];
  shared.subscribe((event) => events.push(event));
  const first = shared.getToken().then(
    () => assert.fail('no token should arrive yet'),
    (error: unknown) => error,
  );
  // Half of 1 s, then half of 2 s between the three tries.
  await clock.advance(1_500);
  const error = await first;
  assert.ok(error instanceof TokenError && error.reason === 'unavailable');
  assert.equal(calls, 3, 'three quick tries per fetch');
  // The background retry waits at least 1 s after the first failed fetch, even where the jitter says 0.5 s.
  await clock.advance(999);
  assert.equal(calls, 3);
  await clock.advance(1);
  assert.equal(calls, 4);
  assert.equal(events.at(-1)?.type, 'refreshed', 'the widget hears that a token finally arrived');
  assert.equal(await shared.getToken(), 'late');
});

test('a bare string from fetchToken is used for five minutes', async () => {
  const clock = fakeEnvironment();
  const registry = new TokenRegistry(clock.env);
  let calls = 0;
  const fetchToken = async () => `bare-${++calls}`;
  const shared = registry.tokenFor({ kind: 'function', fetchToken });
  assert.equal(await shared.getToken(), 'bare-1');
  clock.setNow(239_000);
  assert.equal(await shared.getToken(), 'bare-1');
  clock.setNow(241_000);
  assert.equal(await shared.getToken(), 'bare-2');
});
