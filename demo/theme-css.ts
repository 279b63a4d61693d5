// The CSS a partner pastes into its stylesheet: exactly the custom properties the designer set, in the order
// the editor lists them, on the element selector.

export function themeCss(properties: ReadonlyMap<string, string>, selector = 'debitura-collect'): string {
  if (properties.size === 0) return `${selector} {\n}\n`;
  const lines = [...properties].map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}
