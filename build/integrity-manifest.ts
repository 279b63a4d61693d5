// Vite plugin for the script-tag build: writes `integrity.json` beside the files a page loads, mapping each
// file's path (relative to the folder, as it sits on a CDN) to its Subresource Integrity value. One entry per
// file, so a bundle split into a loader and chunks lists every piece. Hashes are taken from the written files,
// so they match byte for byte what a CDN serves.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { subresourceIntegrity } from '../bench/bundle-sizes.js';

export const integrityManifestFile = 'integrity.json';

/** Path inside the CDN folder → `sha384-…`. */
export type IntegrityManifest = Record<string, string>;

/** Files a page fetches: scripts and data, not source maps (DevTools fetches those without SRI). */
function fetchedByPages(fileName: string): boolean {
  return !fileName.endsWith('.map') && fileName !== integrityManifestFile;
}

export function integrityManifest(): Plugin {
  return {
    name: 'debitura-integrity-manifest',
    apply: 'build',
    writeBundle(output, bundle) {
      const directory = output.dir;
      if (!directory) return;
      const manifest: IntegrityManifest = {};
      for (const fileName of Object.keys(bundle).filter(fetchedByPages).sort()) {
        manifest[fileName] = subresourceIntegrity(readFileSync(join(directory, fileName)));
      }
      writeFileSync(join(directory, integrityManifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
