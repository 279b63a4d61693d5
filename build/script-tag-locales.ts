// Vite plugin for the script-tag build: swaps the locale loader for one that fetches JSON, and writes the
// non-English catalogues as `locales/<language>.json` beside the bundle. An IIFE cannot split code, so
// without this every page would download every language.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { messages as da } from '../src/widget/i18n/da/index.js';
import { messages as de } from '../src/widget/i18n/de/index.js';

const moduleLoader = fileURLToPath(new URL('../src/widget/i18n/load-messages.ts', import.meta.url));
const jsonLoader = fileURLToPath(new URL('../src/widget/i18n/load-messages-script-tag.ts', import.meta.url));

export const scriptTagCatalogues = { da, de } as const;

export function scriptTagLocales(): Plugin {
  return {
    name: 'debitura-script-tag-locales',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('load-messages.js')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === moduleLoader ? jsonLoader : null;
    },
    generateBundle() {
      for (const [language, messages] of Object.entries(scriptTagCatalogues)) {
        this.emitFile({ type: 'asset', fileName: `locales/${language}.json`, source: JSON.stringify(messages) });
      }
    },
  };
}
