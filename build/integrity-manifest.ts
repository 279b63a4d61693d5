// `integrity.json` of the script-tag build: beside the files a page loads, it maps each file's path (relative to
// the folder, as it sits on a CDN) to its Subresource Integrity value, one entry per file: the loader, every
// chunk, the locales. Hashes are taken from the written files, so they match byte for byte what a CDN serves.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { subresourceIntegrity } from '../bench/bundle-sizes.js';

export const integrityManifestFile = 'integrity.json';

/** Path inside the CDN folder → `sha384-…`. */
export type IntegrityManifest = Record<string, string>;

/** Files a page fetches: scripts and data, not source maps (DevTools fetches those without SRI). */
function fetchedByPages(fileName: string): boolean {
  return !fileName.endsWith('.map') && fileName !== integrityManifestFile;
}

/** Writes `integrity.json` for the files of the folder a page may fetch, hashed as written. */
export function writeIntegrityManifest(directory: string, fileNames: readonly string[]): void {
  const manifest: IntegrityManifest = {};
  for (const fileName of [...fileNames].filter(fetchedByPages).sort()) {
    manifest[fileName] = subresourceIntegrity(readFileSync(join(directory, fileName)));
  }
  writeFileSync(join(directory, integrityManifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
}
