// The widget's public events are listed once (src/widget/events/public-events.ts). The type-level checks below
// fail `tsc` when the global event map, the React wrapper's props, or the JSX and Vue typings stop agreeing with
// that list; the run-time tests hold the classes, the README and the manifest to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DebituraCollectProps } from '../../src/react/index.js';
import {
  publicEventNames,
  publicEvents,
  reactEventProp,
  type JsxEventProp,
  type PublicEventMap,
  type PublicEventName,
  type ReactEventProp,
  type VueEventProp,
} from '../../src/widget/events/public-events.js';
import type { DebituraCollectJsxProps } from '../../src/widget/types/react-jsx.js';
import type { DebituraCollectVueProps } from '../../src/widget/types/vue-components.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

/** What each typing must offer: for every listed event, under the name it derives, a listener of its class. */
type ReactListeners = { [N in PublicEventName as ReactEventProp<N>]: (event: PublicEventMap[N]) => void };
type JsxListeners = { [N in PublicEventName as JsxEventProp<N>]: (event: PublicEventMap[N]) => void };
type VueListeners = { [N in PublicEventName as VueEventProp<N>]: (event: PublicEventMap[N]) => void };

export type EventMapAgrees = Assert<
  Equal<{ [N in PublicEventName]: HTMLElementEventMap[N] }, { [N in PublicEventName]: PublicEventMap[N] }>
>;
export type ReactAgrees = Assert<Equal<Required<Pick<DebituraCollectProps, keyof ReactListeners>>, ReactListeners>>;
export type JsxAgrees = Assert<Equal<Required<Pick<DebituraCollectJsxProps, keyof JsxListeners>>, JsxListeners>>;
export type VueAgrees = Assert<Equal<Required<Pick<DebituraCollectVueProps, keyof VueListeners>>, VueListeners>>;
// The names the typings derive are the ones partners write.
export type NamesAsWritten = Assert<
  Equal<
    [
      ReactEventProp<'debitura-case-created'>,
      JsxEventProp<'debitura-case-created'>,
      VueEventProp<'debitura-case-created'>,
    ],
    ['onCaseCreated', 'ondebitura-case-created', 'onDebituraCaseCreated']
  >
>;

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the widget has its six public events', () => {
  assert.deepEqual(publicEventNames, [
    'debitura-ready',
    'debitura-view-change',
    'debitura-error',
    'debitura-case-created',
    'debitura-action-required',
    'debitura-case-updated',
  ]);
});

test('each listed class carries its own name and bubbles out of the shadow root', () => {
  for (const name of publicEventNames) {
    const EventClass = publicEvents[name];
    assert.equal(EventClass.eventName, name);
    const event = new (EventClass as new (detail: never) => Event)({} as never);
    assert.equal(event.type, name);
    assert.equal(event.bubbles, true, `${name} bubbles`);
    assert.equal(event.composed, true, `${name} crosses shadow roots`);
  }
});

test('the React wrapper names each prop after its event', () => {
  assert.deepEqual(publicEventNames.map(reactEventProp), [
    'onReady',
    'onViewChange',
    'onError',
    'onCaseCreated',
    'onActionRequired',
    'onCaseUpdated',
  ]);
});

test("the README's Events table and the manifest list exactly these events, with the React props", () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const events = readme.slice(readme.indexOf('### Events'), readme.indexOf('### CSS custom properties'));
  const rows = [...events.matchAll(/^\| `(debitura-[a-z-]+)` \|[^\n]*\| `(on\w+)` \|/gm)].map((row) => [
    row[1],
    row[2],
  ]);
  assert.deepEqual(
    rows,
    publicEventNames.map((name) => [name, reactEventProp(name)]),
  );
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as {
    modules: { declarations?: { tagName?: string; events?: { name: string; type?: { text: string } }[] }[] }[];
  };
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName);
  assert.deepEqual(
    element?.events?.map((event) => [event.name, event.type?.text]),
    publicEventNames.map((name) => [name, publicEvents[name].name]),
  );
});
