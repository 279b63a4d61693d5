// Bundle sizes of the built entries (run after `npm run build`): the self-contained script-tag IIFE, which
// carries the budget, and the npm ESM entry (lit and zod external) with its lazily loaded locale chunks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSizes, kilobytes, subresourceIntegrity, type BundleSizes } from './bundle-sizes.js';
import { scriptTagBundle } from './page-server.js';
import { byteShares, type ByteShare } from './source-map-breakdown.js';
import { budgetRow, infoRow, type BenchRow } from './table.js';

export interface BundlesResult {
  scriptTag: BundleSizes & { file: string; integrity: string };
  esmEntry: BundleSizes & { file: string };
  esmChunks: (BundleSizes & { file: string })[];
  /** What takes the bytes of the script-tag bundle, by npm package or source folder, largest first. */
  scriptTagShares: ByteShare[];
}

const scriptTagBudgetBytes = 25_000;
const esmEntry = 'dist/esm/debitura-collect.js';

const triple = (sizes: BundleSizes) => `${kilobytes(sizes.raw)} raw, ${kilobytes(sizes.gzip)} gzip, ${kilobytes(sizes.brotli)} brotli`;

export function measureBundles(projectRoot: string): { rows: BenchRow[]; result: BundlesResult } {
  const scriptTagContent = readFileSync(join(projectRoot, scriptTagBundle));
  const scriptTag = { file: scriptTagBundle, ...bundleSizes(scriptTagContent), integrity: subresourceIntegrity(scriptTagContent) };
  const esm = { file: esmEntry, ...bundleSizes(readFileSync(join(projectRoot, esmEntry))) };
  const esmChunks = readdirSync(join(projectRoot, 'dist/esm'))
    .filter((name) => name.endsWith('.js') && `dist/esm/${name}` !== esmEntry)
    .map((name) => ({ file: `dist/esm/${name}`, ...bundleSizes(readFileSync(join(projectRoot, 'dist/esm', name))) }));
  const chunksTotal = esmChunks.reduce((sum, chunk) => sum + chunk.brotli, 0);
  return {
    rows: [
      budgetRow(
        'script-tag bundle (IIFE, everything included), brotli',
        kilobytes(scriptTag.brotli),
        scriptTag.brotli / 1000,
        '≤ 25 kB',
        (value) => value * 1000 <= scriptTagBudgetBytes,
        `${scriptTagBundle}: ${triple(scriptTag)} (gzip -9, brotli -q 11; 1 kB = 1,000 B)`,
      ),
      infoRow('ESM entry (lit, zod external), brotli', kilobytes(esm.brotli), `${esmEntry}: ${triple(esm)}`),
      infoRow(
        'ESM lazy locale chunks, brotli',
        `${kilobytes(chunksTotal)} in ${esmChunks.length}`,
        esmChunks.map((chunk) => `${chunk.file}: ${triple(chunk)}`).join('; '),
      ),
    ],
    result: { scriptTag, esmEntry: esm, esmChunks, scriptTagShares: byteShares(join(projectRoot, scriptTagBundle)) },
  };
}
