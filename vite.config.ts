import { defineConfig, type Rolldown } from 'vite';
import { bundleReport } from './bench/bundle-report-plugin.js';
import { integrityManifest } from './build/integrity-manifest.js';
import { scriptTagLocales } from './build/script-tag-locales.js';

// Two library builds, picked with --mode:
//   esm -> dist/esm/debitura-collect.js and dist/esm/react.js (npm; lit, zod and react stay external; @lit/react
//          is bundled into react.js so that only React apps pay for it)
//   cdn -> dist/cdn/debitura-collect.iife.js (script tag; self-contained but for locales/<language>.json), which
//          sets `window.DebituraCollect`, and dist/cdn/integrity.json (the SRI value of every file a page loads)
// Each build prints raw / gzip / brotli sizes, and the script-tag bundle its SRI hash.

/** The React entry's `'use client'` is meant to reach dist/esm/react.js (Next.js reads it there): not a warning. */
function keepUseClientQuiet(level: Rolldown.LogLevel, log: Rolldown.RollupLog, handler: Rolldown.LogOrStringHandler) {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use client"')) return;
  handler(level, log);
}

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    plugins: cdn ? [scriptTagLocales(), bundleReport(), integrityManifest()] : [bundleReport()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist/esm',
      emptyOutDir: true,
      sourcemap: true,
      lib: {
        entry: cdn
          ? 'src/widget/script-tag.ts'
          : { 'debitura-collect': 'src/widget/index.ts', react: 'src/react/index.ts', console: 'src/console/index.ts' },
        name: 'DebituraCollect',
        formats: cdn ? ['iife'] : ['es'],
        fileName: (format, entryName) => (format === 'es' ? `${entryName}.js` : `debitura-collect.${format}.js`),
      },
      rolldownOptions: cdn
        ? {}
        : {
            external: [/^lit($|\/)/, /^@lit\/(?!react($|\/))/, /^zod($|\/)/, /^react($|\/)/],
            onLog: keepUseClientQuiet,
          },
    },
  };
});
