// Vite plugin for the script-tag build: once the widget's ES module chunks are written, builds the classic
// script a page includes (`debitura-collect.iife.js`, from src/widget/script-tag-loader.ts) with every chunk's
// name, static imports and SRI value inside it, and writes `integrity.json` for the whole folder. The loader is
// built last because it carries the others' hashes; its own hash is the one the partner pins.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { subresourceIntegrity } from '../bench/bundle-sizes.js';
import { sizeReportLines } from '../bench/bundle-report-plugin.js';
import { writeIntegrityManifest } from './integrity-manifest.js';
import { onDemandChunkNames } from '../src/widget/views/view-chunks.js';

export const scriptTagLoaderFile = 'debitura-collect.iife.js';
const loaderSource = fileURLToPath(new URL('../src/widget/script-tag-loader.ts', import.meta.url));

export interface ScriptTagChunks {
  entry: string;
  files: Record<string, { integrity: string; imports: string[] }>;
  named: Record<string, string>;
  locales: Record<string, { file: string; integrity: string }>;
}

const catalogueFile = /^locales\/([a-z]{2})\.json$/;

export function scriptTagLoader(): Plugin {
  return {
    name: 'debitura-script-tag-loader',
    apply: 'build',
    async writeBundle(output, bundle) {
      const directory = output.dir;
      if (!directory) return;
      const chunks: ScriptTagChunks = { entry: '', files: {}, named: {}, locales: {} };
      for (const file of Object.values(bundle)) {
        const language = catalogueFile.exec(file.fileName)?.[1];
        if (file.type === 'asset' && language) {
          const integrity = subresourceIntegrity(readFileSync(join(directory, file.fileName)));
          chunks.locales[language] = { file: file.fileName, integrity };
        }
        if (file.type !== 'chunk') continue;
        chunks.files[file.fileName] = {
          integrity: subresourceIntegrity(readFileSync(join(directory, file.fileName))),
          imports: file.imports,
        };
        if (file.isEntry) chunks.entry = file.fileName;
        else if (file.isDynamicEntry) {
          if (chunks.named[file.name]) this.error(`two chunks on demand are named ${file.name}`);
          chunks.named[file.name] = file.fileName;
        }
      }
      if (!chunks.entry) this.error('the script-tag build has no entry chunk');
      // The widget asks the loader for on-demand chunks by these names: one it does not know would load unpinned.
      const named = Object.keys(chunks.named).sort();
      const listed = [...onDemandChunkNames].sort();
      if (named.join() !== listed.join()) {
        this.error(`chunks on demand ${named.join(', ')} differ from views/view-chunks.ts: ${listed.join(', ')}`);
      }
      const loader = await build({
        entryPoints: [loaderSource],
        bundle: true,
        format: 'iife',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        sourcemap: 'external',
        write: false,
        outfile: join(directory, scriptTagLoaderFile),
        define: { SCRIPT_TAG_CHUNKS: JSON.stringify(chunks) },
        logLevel: 'warning',
      });
      for (const file of loader.outputFiles) writeFileSync(file.path, file.contents);
      const code = readFileSync(join(directory, scriptTagLoaderFile));
      console.log(sizeReportLines(`dist/cdn/${scriptTagLoaderFile}`, code, true).join('\n'));
      writeIntegrityManifest(directory, [...Object.keys(bundle), scriptTagLoaderFile]);
    },
  };
}
