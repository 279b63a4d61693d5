// Ids of records the sandbox derives from a case rather than stores (tasks, quote requests, quotes):
// a name-based UUID (RFC 9562 version 5 layout over SHA-1), so the same record keeps its id across
// requests, restarts and resets.
import { createHash } from 'node:crypto';

export function stableUuid(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
