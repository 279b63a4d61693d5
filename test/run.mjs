// `npm test`: the static gate (type-check, format, lint, template type-check), the build (the package checks and
// the built-file scans read dist/), node tests, browser tests in Chromium; ends with one `N passed, N failed`
// line. Each gate step counts as one pass or fail; each test counts as one.
//   node test/run.mjs        everything (what CI runs)
//   node test/run.mjs unit   the node tests that need no build and no browser
//   node test/run.mjs soak   the fault soak tests in Chromium (seeded: SOAK_SEED=<n> tries another run)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'debitura-test-'));
const group = process.argv[2] ?? 'all';
if (!['all', 'unit', 'soak'].includes(group)) {
  console.error(`unknown test group "${group}": use unit, soak or nothing for all`);
  process.exit(2);
}

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function testFiles(dir) {
  return readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f))
    .sort();
}

/** Node tests of the shipped package: they read dist/, or build the example apps and drive pages in Chromium. */
const needsBuild = (file) => /\/(package-[^/]+|security-built-files)\.test\.ts$/.test(file);
const isSoak = (file) => /\/soak-[^/]+\.test\.ts$/.test(file);

let passed = 0;
let failed = 0;

async function gateStep(title, command, args) {
  console.log(`\n== ${title}`);
  if ((await run(command, args)) === 0) passed += 1;
  else failed += 1;
}

async function nodeTests(files) {
  console.log('\n== node tests');
  const tap = join(scratch, 'node.tap');
  const code = await run('npx', [
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const tapText = readFileSync(tap, 'utf8');
  const count = (label) => Number(tapText.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail');
  if (code !== 0 && count('fail') === 0) failed += 1; // a crash before any test ran
}

async function browserTests(files) {
  console.log('\n== browser tests (Chromium)');
  const counts = join(scratch, 'wtr.json');
  const code = await run(
    'node',
    ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', ...(files.length ? ['--files', ...files] : [])],
    { WTR_COUNTS_FILE: counts },
  );
  try {
    const result = JSON.parse(readFileSync(counts, 'utf8'));
    passed += result.passed;
    failed += result.failed;
    if (code !== 0 && result.failed === 0) failed += 1;
  } catch {
    failed += 1; // the runner died before reporting
  }
}

const tsc = 'node_modules/typescript-native/bin/tsc';

if (group === 'all') {
  await gateStep('type-check', 'node', [tsc, '--noEmit', '-p', '.']);
  await gateStep('format check', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
  await gateStep('lint', 'npm', ['run', 'lint', '--silent']);
  await gateStep('template type-check', 'npm', ['run', 'lint:templates', '--silent']);
  await gateStep('build', 'npm', ['run', 'build', '--silent']);
  await nodeTests(testFiles('test/node'));
  await browserTests([]); // web-test-runner.config.mjs names every browser test, the soak tests included
} else if (group === 'unit') {
  await nodeTests(testFiles('test/node').filter((file) => !needsBuild(file)));
} else {
  await browserTests(testFiles('test/browser').filter(isSoak));
}

rmSync(scratch, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
