// Browser tests in real Chromium (Debian's, or $CHROME_PATH). The dev server also mounts the local Debitura
// sandbox and the partner token endpoint (test/browser-backend.ts), so tests cross the real flow, not a stub.
// Run through `node --import tsx` (see test/run.mjs) so the TypeScript backend can be imported here.
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { browserBackendMiddleware } from './test/browser-backend.ts';
import { partnerProxyMiddleware } from './test/proxy-backend.ts';
import { crossOriginBackendsMiddleware } from './test/cross-origin-backend.ts';
import { tokenHoldMiddleware } from './test/token-hold-backend.ts';
import { consoleProxyMiddleware } from './test/console-proxy-backend.ts';

/** Hands the pass/fail counts to test/run.mjs, which prints the one closing line. */
function countsReporter() {
  return {
    stop({ sessions }) {
      let passed = 0,
        failed = 0,
        skipped = 0;
      const walk = (s) => {
        for (const t of s.tests ?? []) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        for (const c of s.suites ?? []) walk(c);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (s.errors?.length ?? 0) > 0) failed += 1; // the file failed to load or crashed
      }
      if (process.env.WTR_COUNTS_FILE)
        writeFileSync(process.env.WTR_COUNTS_FILE, JSON.stringify({ passed, failed, skipped }));
    },
  };
}

/** `SOAK_SEED=<n>` reaches the soak tests as `globalThis.soakSeed` (test/browser/soak-harness.ts). */
const soakSeed = process.env.SOAK_SEED;
if (soakSeed !== undefined && !/^\d+$/.test(soakSeed)) throw new Error(`SOAK_SEED must be a whole number: ${soakSeed}`);

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  middleware: [
    tokenHoldMiddleware(),
    browserBackendMiddleware(),
    partnerProxyMiddleware(),
    crossOriginBackendsMiddleware(),
    consoleProxyMiddleware(),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022', // esbuild leaves decorators alone for esnext
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  ...(soakSeed && {
    testRunnerHtml: (testFramework) =>
      `<!doctype html><html><body><script>globalThis.soakSeed = ${soakSeed};</script>` +
      `<script type="module" src="${testFramework}"></script></body></html>`,
  }),
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countsReporter()],
};
