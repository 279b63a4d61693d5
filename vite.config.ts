import { defineConfig } from 'vite';
import { bundleReport } from './bench/bundle-report-plugin.js';
import { scriptTagLocales } from './build/script-tag-locales.js';

// Two library builds, picked with --mode:
//   esm -> dist/esm/debitura-collect.js and dist/esm/react.js (npm; lit, zod and react stay external)
//   cdn -> dist/cdn/debitura-collect.iife.js (script tag; self-contained but for locales/<language>.json)
// Each build prints raw / gzip / brotli sizes, and the script-tag bundle its SRI hash.
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    plugins: cdn ? [scriptTagLocales(), bundleReport()] : [bundleReport()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist/esm',
      emptyOutDir: true,
      sourcemap: true,
      lib: {
        entry: cdn
          ? 'src/widget/script-tag.ts'
          : { 'debitura-collect': 'src/widget/index.ts', react: 'src/react/index.ts' },
        name: 'DebituraCollect',
        formats: cdn ? ['iife'] : ['es'],
        fileName: (format, entryName) => (format === 'es' ? `${entryName}.js` : `debitura-collect.${format}.js`),
      },
      rolldownOptions: cdn ? {} : { external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^react($|\/)/] },
    },
  };
});
