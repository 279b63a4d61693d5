// `npm run bench`: builds, then measures everything DESIGN.md budgets and prints one table (also written to
// bench/results.json). Servers listen on loopback only, loops are bounded, and a watchdog ends a stuck run.
//   npm run bench -- --no-build                        measure the dist/ already built
//   npm run bench -- --only interactive,case-list-render  only the named steps (while working on one budget)
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from './browser.js';
import { kilobytes } from './bundle-sizes.js';
import { measureBundles } from './measure-bundles.js';
import { measureCaseListRender } from './measure-case-list-render.js';
import { measureFirstView } from './measure-first-view.js';
import { measureInteractive } from './measure-interactive.js';
import { measureMountCycles } from './measure-mount-cycles.js';
import { measureOauthCalls } from './measure-oauth-calls.js';
import { measurePartnerBundles } from './measure-partner-bundles.js';
import { measureTokenThroughput } from './measure-token-throughput.js';
import { failedRow, formatTable, type BenchRow } from './table.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const watchdog = setTimeout(() => {
  console.error('bench: gave up after 20 minutes');
  process.exit(2);
}, 20 * 60_000);
watchdog.unref();

const onlyIndex = process.argv.indexOf('--only');
const onlySteps = onlyIndex >= 0 ? new Set((process.argv[onlyIndex + 1] ?? '').split(',')) : null;

const rows: BenchRow[] = [];
const results: Record<string, unknown> = {};

async function step<T>(
  name: string,
  budget: string,
  measure: () => Promise<{ rows: BenchRow[]; result: T }> | { rows: BenchRow[]; result: T },
): Promise<T | null> {
  if (onlySteps && !onlySteps.has(name)) return null;
  process.stderr.write(`bench: ${name}…\n`);
  try {
    const measured = await measure();
    rows.push(...measured.rows);
    results[name] = measured.result;
    return measured.result;
  } catch (error) {
    rows.push(failedRow(name, budget, error));
    results[name] = { error: String(error) };
    return null;
  }
}

if (!process.argv.includes('--no-build')) {
  process.stderr.write('bench: npm run build…\n');
  const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error('bench: npm run build failed');
    process.exit(1);
  }
}

const bundles = await step('bundles', '—', () => measureBundles(projectRoot));
await step('partner-bundles', '≤ 60 kB gzip', () => measurePartnerBundles(projectRoot));
let firstView: Awaited<ReturnType<typeof measureFirstView>>['result'] | null = null;
let browser: Browser | null = null;
try {
  browser = await launchChromium();
  const chromium = browser;
  firstView = await step('first-view', '≤ 25 kB', () => measureFirstView(chromium, projectRoot));
  await step('interactive', '≤ 20 ms median', () => measureInteractive(chromium, projectRoot));
  await step('case-list-render', '≤ 5 ms', () => measureCaseListRender(chromium, projectRoot));
  await step('mount-cycles', '≤ 0.5 MB, 0 left', () => measureMountCycles(chromium, projectRoot));
  await step('oauth-calls', '≤ 1 per tenant', () => measureOauthCalls(chromium, projectRoot));
} catch (error) {
  rows.push(failedRow(`Chromium (${chromiumPath})`, '—', error));
} finally {
  await browser?.close();
}
await step('token-throughput', '≥ 0.8 ×', () => measureTokenThroughput(projectRoot));

console.log(`\n${formatTable(rows)}\n`);
if (bundles) console.log(`script-tag file integrity="${bundles.scriptTag.integrity}"`);
if (firstView) {
  console.log('what takes the bytes of the first view (source maps; gzip of each group alone):');
  for (const share of firstView.firstViewShares.slice(0, 12)) {
    console.log(
      `  ${share.group.padEnd(32)} ${kilobytes(share.raw).padStart(10)} raw ${kilobytes(share.gzip).padStart(10)} gzip`,
    );
  }
}
const failed = rows.filter((row) => row.pass === false).length;
console.log(`\n${rows.filter((row) => row.pass === true).length} within budget, ${failed} over budget`);

if (!onlySteps)
  writeFileSync(
    fileURLToPath(new URL('./results.json', import.meta.url)),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, rows, results }, null, 2)}\n`,
  );
