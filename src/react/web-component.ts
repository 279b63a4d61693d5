// @lit/react's `createComponent`, made to render on the server. @lit/react sets the element's properties in a
// layout effect, which never runs during server rendering: the server's HTML would hold a bare tag, and the
// element, upgraded as soon as its script loads and well before React hydrates, would start unconfigured (a
// "not configured" error and a `debitura-error` event on every page load of a Next.js app). So every prop that
// has an attribute is also kept as that attribute: rendered into the server's HTML, and set by the browser on
// every render after, so the two never disagree. On the server the plain tag is rendered without @lit/react,
// whose layout effects React 18 would warn about there.
import type * as React from 'react';
import { createComponent as createLitComponent } from '@lit/react';
import type { EventNames, ReactWebComponent, WebComponentOptions } from './web-component-types.js';

export type { EventName, ReactWebComponent } from './web-component-types.js';

/** Lit's record of a reactive property: `attribute` is false, true (the lowercased name) or the attribute name. */
interface ReactivePropertyOptions {
  attribute?: boolean | string;
}

/** `property → attribute` for an element class's attribute-backed reactive properties (Lit elements). */
export function attributeNames(elementClass: unknown): Map<string, string> {
  const properties = (elementClass as { elementProperties?: Map<PropertyKey, ReactivePropertyOptions> })
    .elementProperties;
  const names = new Map<string, string>();
  for (const [name, options] of properties ?? []) {
    if (typeof name !== 'string' || options.attribute === false) continue;
    names.set(name, typeof options.attribute === 'string' ? options.attribute : name.toLowerCase());
  }
  return names;
}

/** The attributes carrying `props`' text and number values, e.g. `{'token-endpoint': '/api/token'}`. */
export function attributesFor(props: Record<string, unknown>, names: Map<string, string>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [property, attribute] of names) {
    const value = props[property];
    if (typeof value === 'string' || typeof value === 'number') attributes[attribute] = String(value);
  }
  return attributes;
}

// The props @lit/react hands to React as they are (the rest become properties or event listeners).
const reservedReactProps = new Set(['children', 'localName', 'ref', 'style', 'className']);

/** What @lit/react renders as attributes, for the server, which renders without @lit/react. */
function plainProps(props: Record<string, unknown>, elementClass: new () => HTMLElement, events: EventNames) {
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (!reservedReactProps.has(name) && (name in events || name in elementClass.prototype)) continue;
    plain[name === 'className' ? 'class' : name] = value;
  }
  return plain;
}

function assignRef<I>(ref: React.ForwardedRef<I>, element: I | null): void {
  if (typeof ref === 'function') ref(element);
  else if (ref) ref.current = element;
}

export function createComponent<I extends HTMLElement, E extends EventNames = Record<never, never>>(
  options: WebComponentOptions<I, E>,
): ReactWebComponent<I, E> {
  const { react, tagName, elementClass } = options;
  const onServer = typeof document === 'undefined';
  // useEffect on the server: nothing to do there, and no warning about layout effects.
  const useLayoutEffect = onServer ? react.useEffect : react.useLayoutEffect;
  const Component = createLitComponent(options);
  const names = attributeNames(elementClass);

  const WithAttributes = react.forwardRef<I, Record<string, unknown>>((props, ref) => {
    const attributes = attributesFor(props, names);
    const element = react.useRef<I | null>(null);
    // Only attributes this component set are ever removed: the element reflects some properties itself.
    const attributesSet = react.useRef(new Set<string>());
    const elementRef = react.useCallback(
      (node: I | null) => {
        element.current = node;
        assignRef(ref, node);
      },
      [ref],
    );
    useLayoutEffect(() => {
      const node = element.current;
      if (!node) return;
      for (const attribute of attributesSet.current) {
        if (!(attribute in attributes)) node.removeAttribute(attribute);
      }
      for (const [attribute, value] of Object.entries(attributes)) {
        if (node.getAttribute(attribute) !== value) node.setAttribute(attribute, value);
      }
      attributesSet.current = new Set(Object.keys(attributes));
    });
    if (onServer) {
      return react.createElement(tagName, { ...plainProps(props, elementClass, options.events ?? {}), ...attributes });
    }
    return react.createElement(Component, { ...props, ref: elementRef } as never);
  });
  WithAttributes.displayName = options.displayName ?? elementClass.name;
  return WithAttributes;
}
