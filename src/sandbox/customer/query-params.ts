// Query-string reading the way ASP.NET binds it: parameter names match case-insensitively and an
// array parameter may come as repeated keys (`Statuses=A&Statuses=B`) or comma-separated (`Statuses=A,B`).

/** Every value of a parameter, whatever the case of its name. */
export function queryValues(params: URLSearchParams, name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of params) if (key.toLowerCase() === wanted) values.push(value);
  return values;
}

/** The first value of a parameter, or undefined when absent or blank. */
export function queryValue(params: URLSearchParams, name: string): string | undefined {
  const value = queryValues(params, name)[0]?.trim();
  return value ? value : undefined;
}

/** An array parameter, split on commas, blanks dropped. */
export function queryList(params: URLSearchParams, name: string): string[] {
  return queryValues(params, name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/** A positive whole number parameter: `fallback` when absent, undefined when not a whole number. */
export function queryInteger(params: URLSearchParams, name: string, fallback: number): number | undefined {
  const raw = queryValue(params, name);
  if (raw === undefined) return fallback;
  return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
}
