// The one way the widget registers a custom element. Safe to run twice (a page may load the script tag and the
// npm build, or a view module twice through two chunks) and a no-op where custom elements do not exist
// (server-side rendering).

export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
