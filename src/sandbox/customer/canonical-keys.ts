// Debitura's ASP.NET model binding matches JSON property names case-insensitively, so `CurrencyCode`
// and `currencyCode` both bind. Renaming keys to the schema's spelling before a strict parse keeps that
// behaviour while still rejecting fields that exist in no spelling.

/**
 * A copy of `value` whose keys are renamed to the spelling in `known` when they match it ignoring case.
 * `nested` names the keys whose object values get the same treatment with their own key lists.
 */
export function withCanonicalKeys(
  value: unknown,
  known: readonly string[],
  nested: Readonly<Record<string, readonly string[]>> = {},
): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const byLowerCase = new Map(known.map((key) => [key.toLowerCase(), key]));
  const renamed: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const canonical = byLowerCase.get(key.toLowerCase()) ?? key;
    const childKeys = nested[canonical];
    renamed[canonical] = childKeys ? withCanonicalKeys(item, childKeys) : item;
  }
  return renamed;
}

/** The declared keys of a zod object schema (works for zod/mini objects and their optional wrappers). */
export function schemaKeys(schema: unknown): string[] {
  let current = schema as { shape?: Record<string, unknown>; def?: { innerType?: unknown } } | undefined;
  while (current && !current.shape && current.def?.innerType) {
    current = current.def.innerType;
  }
  return Object.keys(current?.shape ?? {});
}
