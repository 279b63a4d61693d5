import { defineConfig, type Rolldown } from 'vite';
import { bundleReport } from './bench/bundle-report-plugin.js';
import { widgetChunk } from './build/script-tag-chunks.js';
import { scriptTagLoader } from './build/script-tag-loader.js';
import { scriptTagLocales } from './build/script-tag-locales.js';

// Two library builds, picked with --mode:
//   esm -> dist/esm/debitura-collect.js, dist/esm/react.js and dist/esm/console.js (npm; lit and react stay
//          external; @lit/react is bundled into react.js so that only React apps pay for it), each view and locale a
//          chunk of its own that loads when first shown; zod/mini is bundled, cut down to what the widget uses: zod
//          reads its own modules through namespace imports (`util.*`, `regexes.*`), which Turbopack, Next.js 16's
//          default bundler, keeps whole, about 10 kB gzip more than Vite or webpack keep
//   cdn -> dist/cdn for the script tag: ES module chunks with content hashes in their names (the widget with its
//          form, one per further view, the API code with the schemas it checks answers with), locales/<language>.json, the classic script a page includes
//          (debitura-collect.iife.js, which pins every chunk's integrity and sets `window.DebituraCollect`), and
//          integrity.json (the SRI value of every file a page loads)
// Each build prints raw / gzip / brotli sizes, and the script-tag build its loader's SRI hash.

/** The React entry's `'use client'` is meant to reach dist/esm/react.js (Next.js reads it there): not a warning. */
function keepUseClientQuiet(level: Rolldown.LogLevel, log: Rolldown.RollupLog, handler: Rolldown.LogOrStringHandler) {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use client"')) return;
  handler(level, log);
}

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  const widget = widgetChunk('src/widget/views/new-case/new-case-view.ts');
  return {
    plugins: cdn ? [scriptTagLocales(), widget.plugin, bundleReport(), scriptTagLoader()] : [bundleReport()],
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
        formats: ['es'],
        fileName: (_format, entryName) => (cdn ? 'debitura-collect-[hash].js' : `${entryName}.js`),
      },
      rolldownOptions: cdn
        ? // Vite leaves ES libraries' whitespace for the bundlers that take them in; the script tag's chunks go
          // to browsers as they are.
          {
            output: {
              chunkFileNames: '[name]-[hash].js',
              minify: true,
              codeSplitting: {
                groups: [
                  { name: 'widget', test: widget.test, priority: 2 },
                  // The API's schemas and zod, which the API code and the views that show data share, in one file
                  // rather than in whichever common chunks their importers would cut.
                  { name: 'wire', test: /[\\/](src[\\/]wire|node_modules[\\/]zod)[\\/]/, priority: 1 },
                ],
              },
            },
          }
        : {
            // `npm run bench -- --only partner-bundles` measures what each bundler makes of these files.
            external: [/^lit($|\/)/, /^@lit\/(?!react($|\/))/, /^react($|\/)/],
            onLog: keepUseClientQuiet,
          },
    },
  };
});
