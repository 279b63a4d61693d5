// `npm test`: type-check, build (the package checks and the built-file scans read dist/), node tests, browser
// tests in Chromium; ends with one `N passed, N failed` line.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'debitura-test-'));

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

let passed = 0;
let failed = 0;

console.log('\n== type-check');
if ((await run('npx', ['tsc', '--noEmit', '-p', '.'])) === 0) passed += 1;
else failed += 1;

console.log('\n== format check');
if ((await run('npx', ['prettier', '--check', '--log-level', 'warn', '.'])) === 0) passed += 1;
else failed += 1;

console.log('\n== build');
if ((await run('npm', ['run', 'build', '--silent'])) === 0) passed += 1;
else failed += 1;

console.log('\n== node tests');
const tap = join(scratch, 'node.tap');
const nodeCode = await run('npx', [
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  ...testFiles('test/node'),
]);
const tapText = readFileSync(tap, 'utf8');
const count = (label) => Number(tapText.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
passed += count('pass');
failed += count('fail');
if (nodeCode !== 0 && count('fail') === 0) failed += 1; // a crash before any test ran

console.log('\n== browser tests (Chromium)');
const wtrCounts = join(scratch, 'wtr.json');
const wtrCode = await run('node', ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js'], {
  WTR_COUNTS_FILE: wtrCounts,
});
try {
  const counts = JSON.parse(readFileSync(wtrCounts, 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
  if (wtrCode !== 0 && counts.failed === 0) failed += 1;
} catch {
  failed += 1; // the runner died before reporting
}

rmSync(scratch, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
