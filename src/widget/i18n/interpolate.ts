// Fills `{name}` placeholders. A placeholder without a value stays visible, so a missing value shows up in
// review instead of silently vanishing.

export function interpolate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
