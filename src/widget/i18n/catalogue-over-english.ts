// A catalogue that arrives as data (the script-tag build fetches its locales as JSON) is laid over English:
// each string the English catalogue has is taken from the data when the data has a string there. A missing
// or malformed entry therefore shows English, never `undefined`, and nothing but strings gets in.
import type { Messages } from './en/index.js';

function over(english: unknown, data: unknown): unknown {
  if (typeof english === 'string') return typeof data === 'string' ? data : english;
  if (typeof english !== 'object' || english === null) return english;
  const source = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(english).map(([key, value]) => [key, over(value, source[key])]));
}

export function catalogueOverEnglish(english: Messages, data: unknown): Messages {
  return over(english, data) as Messages;
}
