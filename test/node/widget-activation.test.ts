// The activation screen's logic without a DOM: the words of every state in every language, when it looks again
// while the user is away, and how answers from the token endpoint or a partner's function are read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activationStates, type ActivationAnswer } from '../../src/wire/activation.js';
import { en } from '../../src/widget/i18n/en/index.js';
import { messages as da } from '../../src/widget/i18n/da/index.js';
import { messages as de } from '../../src/widget/i18n/de/index.js';
import { activationText } from '../../src/widget/views/activation/activation-text.js';
import { ResumeWatch } from '../../src/widget/views/activation/resume-watch.js';
import { fakeEnvironment } from './fake-resume-environment.js';
import {
  ActivationRequestError,
  checkedActivation,
  endpointActivation,
} from '../../src/widget/views/activation/activation-source.js';
import { fetchFromEndpoint } from '../../src/widget/token/token-source.js';
import { TokenError } from '../../src/widget/token/token-error.js';
import { allowCustomerApiCode } from '../../src/widget/api/customer-api-code.js';

// Answers are checked by the API code, which a page lets load once its first view is drawn; no view here.
allowCustomerApiCode();

const answer = (state: ActivationAnswer['state'], extra: Partial<ActivationAnswer> = {}): ActivationAnswer => ({
  state,
  mayActivate: true,
  company: 'Harbor Bakery ApS',
  coverage: ['DK', 'DE'],
  url: null,
  ...extra,
});

test('every state has its own heading in en, da and de, with the company named and nothing left unfilled', () => {
  for (const messages of [en, da, de]) {
    const titles = new Set<string>();
    for (const state of activationStates) {
      for (const opened of [false, true]) {
        const text = activationText(messages, answer(state), opened);
        assert.ok(text.title.length > 0, `${state} has a heading`);
        assert.doesNotMatch(`${text.title} ${text.body}`, /[{}]/, `${state}: every placeholder is filled`);
        titles.add(text.title);
      }
    }
    // 9 states, plus the "finish in the other tab" variants of onboarding and approval.
    assert.equal(titles.size, activationStates.length + 2);
    assert.match(activationText(messages, answer('approval_pending')).title, /Harbor Bakery ApS/);
  }
});

test('without a company name the texts speak of “your company”', () => {
  const text = activationText(en, answer('linked_elsewhere', { company: null }));
  assert.match(text.body, /^your company already uses Debitura/);
});

test('the resume watch looks when the user comes back and every 15 s while the page is in view', () => {
  const clock = fakeEnvironment();
  let looks = 0;
  const watch = new ResumeWatch(() => looks++, clock.env);
  watch.start();
  watch.start(); // starting twice adds nothing
  clock.comeBack();
  assert.equal(looks, 1);
  clock.advance(14_999);
  assert.equal(looks, 1, 'a look on return postpones the next poll');
  clock.advance(1);
  assert.equal(looks, 2);
  clock.hide();
  clock.advance(45_000);
  assert.equal(looks, 2, 'no looks while the page is hidden');
  clock.show();
  clock.advance(15_000);
  assert.equal(looks, 3);
  watch.stop();
  assert.equal(clock.pending(), 0);
  assert.equal(clock.listening(), false);
  clock.comeBack();
  clock.advance(60_000);
  assert.equal(looks, 3, 'nothing after stop');
});

function respond(status: number, body: unknown): typeof fetch {
  return async () => Response.json(body, { status });
}

test('the endpoint source posts the intent with the page’s cookies and reads the answer', async () => {
  let sent: RequestInit | undefined;
  const source = endpointActivation('/api/debitura/token', async (_url, init) => {
    sent = init;
    return Response.json(answer('onboarding', { url: 'https://testreferral.debitura.com/x' }));
  });
  const result = await source('activate');
  assert.equal(result.state, 'onboarding');
  assert.equal(sent?.method, 'POST');
  assert.equal(sent?.credentials, 'include');
  assert.equal(sent?.body, JSON.stringify({ intent: 'activate' }));
  assert.equal(new Headers(sent?.headers).get('content-type'), 'application/json');
});

test('the endpoint source: a refused user gets the state back; other failures have a reason', async () => {
  const refused = endpointActivation(
    '/t',
    respond(403, { error: 'activation_not_allowed', activation: answer('not_activated', { mayActivate: false }) }),
  );
  assert.equal((await refused('activate')).mayActivate, false);
  for (const [status, body, reason] of [
    [401, { error: 'unauthenticated' }, 'signed_out'],
    [429, { error: 'rate_limited' }, 'rate_limited'],
    [503, { error: 'upstream_unavailable' }, 'unavailable'],
    [200, { state: 'something-new', mayActivate: true }, 'unavailable'],
    [403, { error: 'forbidden_origin' }, 'unavailable'],
  ] as const) {
    await assert.rejects(
      endpointActivation('/t', respond(status, body))('status'),
      (error) => error instanceof ActivationRequestError && error.reason === reason,
      `${status} ${JSON.stringify(body)}`,
    );
  }
  await assert.rejects(
    endpointActivation('/t', async () => {
      throw new TypeError('offline');
    })('status'),
    (error) => error instanceof ActivationRequestError && error.reason === 'unavailable',
  );
});

test('a partner’s fetchActivation is checked: junk and throws become “unavailable”', async () => {
  assert.equal((await checkedActivation(async () => answer('declined'))('status')).state, 'declined');
  await assert.rejects(
    checkedActivation(async () => ({ state: 'done' }) as unknown as ActivationAnswer)('status'),
    (error) => error instanceof ActivationRequestError && error.reason === 'unavailable',
  );
  await assert.rejects(
    checkedActivation(async () => {
      throw new Error('boom');
    })('activate'),
    (error) => error instanceof ActivationRequestError && error.reason === 'unavailable',
  );
});

test('a 403 tenant_not_linked says whether the endpoint offers activation, and carries its state', async () => {
  const read = async (body: unknown) => {
    try {
      await fetchFromEndpoint('/t', respond(403, body));
    } catch (error) {
      assert.ok(error instanceof TokenError);
      assert.equal(error.reason, 'not_linked');
      return error.activation;
    }
    throw new Error('expected a TokenError');
  };
  assert.equal(await read({ error: 'tenant_not_linked' }), undefined, 'no activation offered');
  assert.equal(await read({ error: 'tenant_not_linked', activation: null }), null, 'offered, state unknown');
  assert.equal(
    (await read({ error: 'tenant_not_linked', activation: answer('approval_pending') }))?.state,
    'approval_pending',
  );
  assert.equal(await read({ error: 'tenant_not_linked', activation: { state: 'weird' } }), null);
});
