// What npm users install: the packed tarball passes publint and "Are the Types Wrong?" for every entry point
// (ESM-only profile: the package has no CommonJS build). It needs the build (`npm run build`); without it the
// test is skipped with a message rather than failing on files that were never produced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { installPackedPackage, packPackage } from '../../scripts/packed-package.js';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);

interface PackageJson {
  exports: Record<string, string | Record<string, string>>;
}

/** Every file an `exports` condition points at; the build must have produced them all. */
function exportedFiles(): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
  return Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
}

const missing = exportedFiles().filter((file) => !existsSync(join(root, file)));
const skip =
  missing.length > 0 ? `no complete build (missing ${missing.join(', ')}); run \`npm run build\` first` : false;

test('the packed package passes publint and attw', { skip }, async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'debitura-publint-'));
  const { tarball, remove } = await packPackage();
  try {
    // Linted as unpacked into node_modules: only what the tarball holds.
    const unpacked = await installPackedPackage(tarball, scratch);
    const pkg = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
    const lint = await publint({ pkgDir: unpacked, pack: false, level: 'warning' });
    assert.deepEqual(
      lint.messages.map((message) => `${message.type}: ${formatMessage(message, pkg)}`),
      [],
    );

    const attw = await run(
      process.execPath,
      [
        join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
        tarball,
        '--profile',
        'esm-only',
        '--no-definitely-typed',
        '--format',
        'ascii',
        '--no-color',
      ],
      { cwd: root },
    ).then(
      ({ stdout: out }) => ({ ok: true, out }),
      (error: { stdout?: string; stderr?: string }) => ({
        ok: false,
        out: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );
    assert.ok(attw.ok, `attw found problems:\n${attw.out}`);
  } finally {
    remove();
    rmSync(scratch, { recursive: true, force: true });
  }
});
