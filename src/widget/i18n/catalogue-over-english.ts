// A catalogue that arrives as data (the script-tag build fetches its locales as JSON) is laid over English:
// each string the English catalogue has is taken from the data when the data has a string there. A missing
// or malformed entry therefore shows English, never `undefined`, and nothing but strings gets in. The sections
// of views whose code (and with it their English) has not loaded yet, and the parts of a section whose English has
// not (the case detail's while only the case list's has), are taken from the data, strings only.
import type { Messages } from './en/index.js';
import { viewSections } from './en/shell.js';

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

function over(english: unknown, data: unknown): unknown {
  if (typeof english === 'string') return typeof data === 'string' ? data : english;
  if (typeof english !== 'object' || english === null) return english;
  const source = isData(data) ? data : {};
  return Object.fromEntries(Object.entries(english).map(([key, value]) => [key, over(value, source[key])]));
}

function stringsOnly(data: unknown): unknown {
  if (typeof data === 'string') return data;
  if (!isData(data)) return undefined;
  return Object.fromEntries(
    Object.entries(data)
      .map(([key, value]) => [key, stringsOnly(value)] as const)
      .filter(([, value]) => value !== undefined),
  );
}

export function catalogueOverEnglish(english: Messages, data: unknown): Messages {
  const merged = over(english, data) as Data;
  const source = isData(data) ? data : {};
  for (const section of viewSections) {
    if (!isData(source[section])) continue;
    const parts = isData(merged[section]) ? merged[section] : {};
    merged[section] = { ...(stringsOnly(source[section]) as Data), ...parts };
  }
  return merged as Messages;
}
