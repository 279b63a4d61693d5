import { defineConfig } from 'vite';
import { bundleReport } from './bench/bundle-report-plugin.js';

// Two library builds, picked with --mode:
//   esm -> dist/esm/debitura-collect.js  (npm; lit and zod stay external)
//   cdn -> dist/cdn/debitura-collect.iife.js (script tag; self-contained)
// Each build prints raw / gzip / brotli sizes, and the script-tag bundle its SRI hash.
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    plugins: [bundleReport()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist/esm',
      emptyOutDir: true,
      sourcemap: true,
      lib: {
        entry: cdn ? 'src/widget/script-tag.ts' : 'src/widget/index.ts',
        name: 'DebituraCollect',
        formats: cdn ? ['iife'] : ['es'],
        fileName: (format) => (format === 'es' ? 'debitura-collect.js' : `debitura-collect.${format}.js`),
      },
      rolldownOptions: cdn ? {} : { external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/] },
    },
  };
});
