// What takes the bytes of a bundle: every stretch of generated code is charged to the source file its source
// map points at, then files are grouped (npm package, or folder of src/) and each group's share is compressed
// on its own to estimate what it costs over the wire.
import { readFileSync } from 'node:fs';
import { gzipSize } from './bundle-sizes.js';

interface SourceMapV3 {
  sources: string[];
  mappings: string;
}

export interface ByteShare {
  /** npm package (`lit-html`, `zod`) or source folder (`src/widget/i18n/da`); `(unmapped)` for glue code. */
  group: string;
  raw: number;
  /** gzip of this group's code alone: an estimate, compression works across the whole file. */
  gzip: number;
}

const base64Digits = new Map(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((digit, value) => [digit, value]),
);

/** Decodes one source-map segment (base64 VLQ) into its fields. */
export function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const digit of segment) {
    const bits = base64Digits.get(digit);
    if (bits === undefined) throw new Error(`not a base64 digit: ${digit}`);
    value += (bits & 31) << shift;
    if (bits & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/** The generated code of each source file, in order (from one segment to the next, newlines included). */
export function codeBySource(code: string, map: SourceMapV3): Map<number | null, string[]> {
  const lines = code.split('\n');
  const pieces = new Map<number | null, string[]>();
  const charge = (source: number | null, text: string) => {
    if (text.length === 0) return;
    const list = pieces.get(source) ?? [];
    list.push(text);
    pieces.set(source, list);
  };
  let source = 0;
  // A line that starts without a segment continues the previous one (multi-line template literals: CSS, HTML).
  let current: number | null = null;
  map.mappings.split(';').forEach((lineMappings, lineIndex) => {
    const line = `${lines[lineIndex] ?? ''}\n`;
    let column = 0;
    let start = 0;
    for (const segment of lineMappings.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      charge(current, line.slice(start, column));
      if (fields.length >= 4) {
        source += fields[1]!;
        current = source;
      } else {
        current = null;
      }
      start = column;
    }
    charge(current, line.slice(start));
  });
  return pieces;
}

/** `../../node_modules/@lit/reactive-element/x.js` → `@lit/reactive-element`; `../../src/widget/forms/a.ts` → `src/widget/forms`. */
export function groupOf(sourcePath: string): string {
  const modules = sourcePath.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = sourcePath.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const src = sourcePath.indexOf('src/');
  const path = src >= 0 ? sourcePath.slice(src) : sourcePath.replace(/^(\.\.\/)+/, '');
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : path;
}

export function byteShares(bundlePath: string, mapPath = `${bundlePath}.map`): ByteShare[] {
  const code = readFileSync(bundlePath, 'utf8');
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMapV3;
  const grouped = new Map<string, string[]>();
  for (const [source, pieces] of codeBySource(code, map)) {
    const group = source === null ? '(unmapped)' : groupOf(map.sources[source] ?? '(unknown)');
    grouped.set(group, [...(grouped.get(group) ?? []), ...pieces]);
  }
  return [...grouped]
    .map(([group, pieces]) => {
      const text = pieces.join('');
      return { group, raw: Buffer.byteLength(text), gzip: gzipSize(text) };
    })
    .sort((a, b) => b.raw - a.raw);
}
