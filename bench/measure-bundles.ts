// Bundle sizes of the built entries (run after `npm run build`): the script tag's file (the loader that pins the
// chunks; what a page downloads with it is measured in a browser by measure-first-view.ts), and the npm ESM entry
// (lit external, zod/mini's used parts bundled) with its eager chunks and those it loads on demand (views, locales).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSizes, kilobytes, subresourceIntegrity, type BundleSizes } from './bundle-sizes.js';
import { scriptTagBundle } from './page-server.js';
import { infoRow, type BenchRow } from './table.js';

export interface BundlesResult {
  scriptTag: BundleSizes & { file: string; integrity: string };
  esmEntry: BundleSizes & { file: string };
  esmChunks: (BundleSizes & { file: string })[];
}

const esmEntry = 'dist/esm/debitura-collect.js';

const triple = (sizes: BundleSizes) =>
  `${kilobytes(sizes.raw)} raw, ${kilobytes(sizes.gzip)} gzip, ${kilobytes(sizes.brotli)} brotli`;

/** Sibling chunks a module names in static `from "./x.js"` / `import "./x.js"` and in dynamic `import("./x.js")`. */
function chunkImports(code: string): { eager: string[]; lazy: string[] } {
  const eager = [...code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)].map((match) => match[1]!);
  const lazy = [...code.matchAll(/import\(\s*["']\.\/([^"']+\.js)["']\s*\)/g)].map((match) => match[1]!);
  return { eager, lazy };
}

/** The entry with every chunk it loads eagerly, and the chunks those load only when asked (views, locales). */
export function esmGraph(dir: string, entry: string): { eager: string[]; lazy: string[] } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (name: string) => {
    if (eager.has(name)) return;
    eager.add(name);
    const imports = chunkImports(readFileSync(join(dir, name), 'utf8'));
    imports.eager.forEach(visit);
    imports.lazy.forEach((chunk) => lazy.add(chunk));
  };
  visit(entry);
  return { eager: [...eager], lazy: [...lazy].filter((name) => !eager.has(name)) };
}

export function measureBundles(projectRoot: string): { rows: BenchRow[]; result: BundlesResult } {
  const scriptTagContent = readFileSync(join(projectRoot, scriptTagBundle));
  const scriptTag = {
    file: scriptTagBundle,
    ...bundleSizes(scriptTagContent),
    integrity: subresourceIntegrity(scriptTagContent),
  };
  const esmDir = join(projectRoot, 'dist/esm');
  const graph = esmGraph(esmDir, esmEntry.slice('dist/esm/'.length));
  // The eager chunks measured as one file: what a page downloads before the element can register.
  const esm = {
    file: graph.eager.map((name) => `dist/esm/${name}`).join(' + '),
    ...bundleSizes(Buffer.concat(graph.eager.map((name) => readFileSync(join(esmDir, name))))),
  };
  const esmChunks = graph.lazy
    .filter((name) => readdirSync(esmDir).includes(name))
    .map((name) => ({ file: `dist/esm/${name}`, ...bundleSizes(readFileSync(join(esmDir, name))) }));
  const chunksTotal = esmChunks.reduce((sum, chunk) => sum + chunk.brotli, 0);
  return {
    rows: [
      infoRow(
        'script tag: the file a page includes (the loader, with every chunk’s integrity), brotli',
        kilobytes(scriptTag.brotli),
        `${scriptTagBundle}: ${triple(scriptTag)} (gzip -9, brotli -q 11; 1 kB = 1,000 B)`,
      ),
      infoRow(
        'ESM entry with its eager chunks (lit external), brotli',
        kilobytes(esm.brotli),
        `${esm.file}: ${triple(esm)}`,
      ),
      infoRow(
        'ESM chunks on demand (views, locales), brotli',
        `${kilobytes(chunksTotal)} in ${esmChunks.length}`,
        esmChunks.map((chunk) => `${chunk.file}: ${triple(chunk)}`).join('; '),
      ),
    ],
    result: { scriptTag, esmEntry: esm, esmChunks },
  };
}
