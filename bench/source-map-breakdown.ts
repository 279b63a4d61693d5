// What takes the bytes of a bundle: every stretch of generated code is charged to the source file its source
// map points at, then files are grouped (npm package, or folder of src/) and each group's share is compressed
// on its own to estimate what it costs over the wire.
import { existsSync, readFileSync } from 'node:fs';
import { decodedMappings, TraceMap } from '@jridgewell/trace-mapping';
import { gzipSize } from './bundle-sizes.js';

export interface ByteShare {
  /** npm package (`lit-html`, `zod`) or source folder (`src/widget/i18n/da`); `(unmapped)` for glue code. */
  group: string;
  raw: number;
  /** gzip of this group's code alone: an estimate, compression works across the whole file. */
  gzip: number;
}

/** The generated code of each source file, in order (from one segment to the next, newlines included). */
export function codeBySource(code: string, map: TraceMap): Map<number | null, string[]> {
  const lines = code.split('\n');
  const pieces = new Map<number | null, string[]>();
  const charge = (source: number | null, text: string) => {
    if (text.length === 0) return;
    const list = pieces.get(source) ?? [];
    list.push(text);
    pieces.set(source, list);
  };
  // A line that starts without a segment continues the previous one (multi-line template literals: CSS, HTML).
  let current: number | null = null;
  decodedMappings(map).forEach((segments, lineIndex) => {
    const line = `${lines[lineIndex] ?? ''}\n`;
    let start = 0;
    for (const segment of segments) {
      const column = segment[0];
      charge(current, line.slice(start, column));
      current = segment.length === 1 ? null : segment[1];
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

export function byteShares(bundlePaths: string | readonly string[]): ByteShare[] {
  const grouped = new Map<string, string[]>();
  for (const bundlePath of typeof bundlePaths === 'string' ? [bundlePaths] : bundlePaths) {
    const code = readFileSync(bundlePath, 'utf8');
    if (!existsSync(`${bundlePath}.map`)) {
      // A chunk with no code of its own (an entry that only re-exports) comes without a map.
      grouped.set('(unmapped)', [...(grouped.get('(unmapped)') ?? []), code]);
      continue;
    }
    const map = new TraceMap(readFileSync(`${bundlePath}.map`, 'utf8'));
    for (const [source, pieces] of codeBySource(code, map)) {
      const group = source === null ? '(unmapped)' : groupOf(map.sources[source] ?? '(unknown)');
      grouped.set(group, [...(grouped.get(group) ?? []), ...pieces]);
    }
  }
  return [...grouped]
    .map(([group, pieces]) => {
      const text = pieces.join('');
      return { group, raw: Buffer.byteLength(text), gzip: gzipSize(text) };
    })
    .sort((a, b) => b.raw - a.raw);
}
