// Security: a token with no life left must not turn the widget into a request loop against the partner's
// token endpoint. The endpoint never hands one out; the widget refuses one and keeps a minimum gap.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { createTokenHandler, type TokenHandlerErrorInfo } from '../../src/server/index.js';
import { TokenRegistry } from '../../src/widget/token/token-registry.js';
import { TokenError } from '../../src/widget/token/token-error.js';
import type { TokenEnvironment } from '../../src/widget/token/token-environment.js';
import { allowCustomerApiCode, loadCustomerApiCode } from '../../src/widget/api/customer-api-code.js';

// Answers are checked by the API code, which a page lets load once its first view is drawn; no view here. It is
// loaded before the tests start, so the manual clock is not racing a module load.
allowCustomerApiCode();
await loadCustomerApiCode();

describe('security: the token endpoint never answers a token that is expiring (finding 5)', () => {
  function handlerOverSandbox(tokenTtlSeconds: number) {
    const clock = { now: Date.parse('2026-06-15T10:00:00Z') };
    const sandbox = createSandbox({ tokenTtlSeconds, now: () => new Date(clock.now) });
    let mints = 0;
    const errors: TokenHandlerErrorInfo[] = [];
    const handler = createTokenHandler({
      apiKey: SANDBOX_PARTNER_API_KEY,
      baseUrl: 'http://sandbox.test/referral',
      resolveTenant: () => 'acme-ready',
      branding: false,
      now: () => clock.now,
      onError: (info) => errors.push(info),
      fetch: async (input, init) => {
        mints++;
        // The upstream call takes 10 ms of the token's life.
        const answer = await sandbox.fetch(new Request(input, init));
        clock.now += 10;
        return answer;
      },
    });
    const ask = () => handler(new Request('https://app.partner.example/api/debitura/token', { method: 'POST' }));
    return { ask, clock, mints: () => mints, errors };
  }

  it('the sandbox’s 1-second tokens are refused as unusable, never answered as expiresIn 0', async () => {
    // Before: 200 {expiresIn: 0}, which sent every widget into a refresh loop.
    const { ask, errors } = handlerOverSandbox(1);
    const answer = await ask();
    assert.equal(answer.status, 502);
    const body = (await answer.json()) as { error: string; accessToken?: string };
    assert.equal(body.error, 'upstream_invalid');
    assert.equal(body.accessToken, undefined);
    assert.equal(errors[0]?.code, 'upstream_invalid');
  });

  it('short tokens are answered with at least one whole second, and a fresh one replaces an expiring one', async () => {
    const { ask, clock, mints } = handlerOverSandbox(2);
    const seen: number[] = [];
    for (let step = 0; step < 40; step++) {
      const answer = await ask();
      assert.equal(answer.status, 200);
      seen.push(((await answer.json()) as { expiresIn: number }).expiresIn);
      clock.now += 250;
    }
    assert.ok(
      seen.every((expiresIn) => expiresIn >= 1),
      `every answer has life left: ${seen.join(',')}`,
    );
    assert.ok(mints() >= 5, 'tokens were replaced as they ran out');
  });
});

describe('security: the widget never refreshes in a loop (finding 5)', () => {
  /** Manual clock: timers fire only when the test advances time; a runaway loop shows as a fetch count. */
  function manualEnvironment() {
    let now = 0;
    let nextId = 1;
    const timers = new Map<number, { at: number; callback: () => void }>();
    const env: TokenEnvironment = {
      now: () => now,
      setTimeout(callback, delayMs) {
        timers.set(nextId, { at: now + delayMs, callback });
        return nextId++;
      },
      clearTimeout: (handle) => void timers.delete(handle as number),
      random: () => 0, // the unluckiest jitter: every backoff draw is zero
      onPageVisible: () => () => {},
    };
    const settle = async () => {
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    return {
      env,
      /** Runs due timers up to `ms` from now, at most `limit` of them (a loop would otherwise never end). */
      async advance(ms: number, limit = 10_000) {
        const until = now + ms;
        for (let fired = 0; fired < limit; fired++) {
          await settle();
          const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
          if (!due) break;
          timers.delete(due[0]);
          now = due[1].at;
          due[1].callback();
        }
        now = until;
        await settle();
      },
    };
  }

  const endpointToken = (env: TokenEnvironment, fetchStub: typeof fetch) =>
    new TokenRegistry(env, fetchStub).tokenFor({ kind: 'endpoint', url: 'https://partner.example/api/debitura/token' });

  function endpointAnswering(expiresIn: number) {
    let calls = 0;
    const fetchStub = (async () => {
      calls++;
      return Response.json({ accessToken: `token-${calls}`, expiresIn });
    }) as typeof fetch;
    return { fetchStub, calls: () => calls };
  }

  it('an endpoint answering expiresIn 0 gets a handful of requests in 8 s, not hundreds', async () => {
    const clock = manualEnvironment();
    const endpoint = endpointAnswering(0);
    const shared = endpointToken(clock.env, endpoint.fetchStub);
    const unsubscribe = shared.subscribe(() => {});
    const first = shared.getToken().catch((error: unknown) => error);
    await clock.advance(8_000);
    const error = await first;
    assert.ok(error instanceof TokenError && error.reason === 'unavailable', 'an expired token is a failed fetch');
    // Before: ~900 requests in 8 s per tab. Now: three quick tries, then background retries 1 s, 2 s, 4 s apart.
    assert.ok(endpoint.calls() <= 12, `${endpoint.calls()} token requests in 8 s`);
    const after8s = endpoint.calls();
    await clock.advance(60_000);
    assert.ok(endpoint.calls() - after8s <= 15, `${endpoint.calls() - after8s} more in the next minute`);
    unsubscribe();
  });

  it('a fetchToken that resolves with a negative lifetime fails the same way', async () => {
    const clock = manualEnvironment();
    const shared = new TokenRegistry(clock.env).tokenFor({
      kind: 'function',
      fetchToken: async () => ({ accessToken: 'stale', expiresIn: -30 }),
    });
    const first = shared.getToken().catch((error: unknown) => error);
    await clock.advance(5_000);
    const error = await first;
    assert.ok(error instanceof TokenError && error.reason === 'unavailable');
  });

  it('valid one-second tokens are refreshed at most once a second', async () => {
    const clock = manualEnvironment();
    const endpoint = endpointAnswering(1);
    const shared = endpointToken(clock.env, endpoint.fetchStub);
    const unsubscribe = shared.subscribe(() => {});
    assert.equal(await shared.getToken(), 'token-1');
    await clock.advance(60_000);
    // Half the lifetime would be every 0.5 s (120 a minute); the minimum gap holds it to one a second.
    assert.ok(endpoint.calls() <= 61, `${endpoint.calls()} token requests in a minute`);
    assert.ok(endpoint.calls() >= 50, 'the token is still kept fresh');
    unsubscribe();
  });
});
