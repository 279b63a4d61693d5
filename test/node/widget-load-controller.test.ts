// The one way views load data, driven the way Lit drives it (connect, update, disconnect) by a host without a DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DebituraApiError, toApiError } from '../../src/widget/api/api-error.js';
import { LoadController, type LoadOptions } from '../../src/widget/api/load-controller.js';
import { TokenError } from '../../src/widget/token/token-error.js';
import { ControllerHost } from './controller-host.js';

interface Call {
  args: readonly [string];
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

function setUp(overrides: Partial<LoadOptions<readonly [string], string>> = {}) {
  const host = new ControllerHost();
  const calls: Call[] = [];
  let key: string | null = 'a';
  const errors: DebituraApiError[] = [];
  const loader = new LoadController<readonly [string], string>(host, {
    args: () => (key === null ? null : [key]),
    load: (args, signal) => new Promise((resolve, reject) => calls.push({ args, signal, resolve, reject })),
    onError: (error) => errors.push(error),
    ...overrides,
  });
  return {
    host,
    calls,
    errors,
    loader,
    setKey: (next: string | null) => (key = next),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('loads once for the same inputs and shows loading, then the value', async () => {
  const { host, calls, loader } = setUp();
  host.connect();
  host.update();
  assert.deepEqual(loader.state, { status: 'loading' });
  host.update();
  assert.equal(calls.length, 1, 'an update with the same inputs does not load again');
  calls[0]!.resolve('first');
  await settle();
  assert.deepEqual(loader.state, { status: 'ready', value: 'first' });
  assert.equal(loader.value, 'first');
});

test('new inputs abort the stale request, and its late answer is dropped', async () => {
  const { host, calls, loader, setKey } = setUp();
  host.connect();
  host.update();
  setKey('b');
  host.update();
  assert.equal(calls.length, 2);
  assert.deepEqual(calls[1]!.args, ['b']);
  assert.equal(calls[0]!.signal.aborted, true);
  calls[1]!.resolve('for b');
  calls[0]!.resolve('for a, too late');
  await settle();
  assert.deepEqual(loader.state, { status: 'ready', value: 'for b' });
});

test('no inputs means idle, and nothing is asked', () => {
  const { host, calls, loader, setKey } = setUp();
  setKey(null);
  host.connect();
  host.update();
  assert.deepEqual(loader.state, { status: 'idle' });
  assert.equal(calls.length, 0);
});

test('a disconnect aborts; the reconnect loads again with the same inputs', async () => {
  const { host, calls, loader } = setUp();
  host.connect();
  host.update();
  host.disconnect();
  assert.equal(calls[0]!.signal.aborted, true);
  host.connect();
  host.update();
  assert.equal(calls.length, 2, 'loaded again on reconnect');
  assert.deepEqual(loader.state, { status: 'loading' });
  calls[1]!.resolve('again');
  await settle();
  assert.deepEqual(loader.state, { status: 'ready', value: 'again' });
});

test('after a reconnect the value on screen stays until the new answer', async () => {
  const { host, calls, loader } = setUp();
  host.connect();
  host.update();
  calls[0]!.resolve('shown');
  await settle();
  host.disconnect();
  host.connect();
  host.update();
  assert.equal(calls.length, 2, 'asked again');
  assert.deepEqual(loader.state, { status: 'ready', value: 'shown' });
  calls[1]!.resolve('fresh');
  await settle();
  assert.deepEqual(loader.state, { status: 'ready', value: 'fresh' });
});

test('a failure becomes a DebituraApiError on screen and is reported once', async () => {
  const { host, calls, loader, errors } = setUp();
  host.connect();
  host.update();
  calls[0]!.reject(new TokenError('unavailable', 'The token endpoint answered 503.'));
  await settle();
  assert.equal(loader.state.status, 'error');
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.type, 'api_connection_error');
  assert.equal(errors[0]!.recoverable, true);
});

test('reload shows loading again; refresh keeps the value on screen, also when it fails', async () => {
  const { host, calls, loader, errors } = setUp();
  host.connect();
  host.update();
  calls[0]!.resolve('shown');
  await settle();

  loader.refresh();
  assert.deepEqual(loader.state, { status: 'ready', value: 'shown' }, 'nothing flickers while asking again');
  calls[1]!.reject(new DebituraApiError({ type: 'api_error', status: 503, message: 'down' }));
  await settle();
  assert.deepEqual(loader.state, { status: 'ready', value: 'shown' }, 'a failed refresh keeps what was shown');
  assert.equal(errors.length, 0, 'and stays quiet');

  loader.reload();
  host.update();
  assert.deepEqual(loader.state, { status: 'loading' });
  calls[2]!.resolve('reloaded');
  await settle();
  assert.deepEqual(loader.state, { status: 'ready', value: 'reloaded' });
});

test('set puts a value on screen without asking', () => {
  const { host, calls, loader } = setUp();
  host.connect();
  const before = host.updatesRequested;
  loader.set('added by the user');
  assert.deepEqual(loader.state, { status: 'ready', value: 'added by the user' });
  assert.equal(host.updatesRequested, before + 1);
  assert.equal(calls.length, 0);
});

test('toApiError decides recoverable in one place', () => {
  const cases: [unknown, string, boolean][] = [
    [new TokenError('unavailable'), 'api_connection_error', true],
    [new TokenError('signed_out'), 'authentication_error', false],
    [new TypeError('x is undefined'), 'api_error', false],
    ['a string', 'api_error', false],
    [new DebituraApiError({ type: 'api_error', status: 502, message: 'bad gateway' }), 'api_error', true],
    [new DebituraApiError({ type: 'api_error', status: 404, message: 'gone' }), 'api_error', false],
    [new DebituraApiError({ type: 'validation_error', status: 400, message: 'fix it' }), 'validation_error', true],
    [new DebituraApiError({ type: 'authentication_error', status: 401, message: 'no' }), 'authentication_error', false],
  ];
  for (const [thrown, type, recoverable] of cases) {
    const error = toApiError(thrown);
    assert.equal(error.type, type, String(thrown));
    assert.equal(error.recoverable, recoverable, String(thrown));
  }
});
