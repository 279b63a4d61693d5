// What npm users install: the packed tarball passes publint and "Are the Types Wrong?" for every entry point
// (ESM-only profile: the package has no CommonJS build), and its `debitura-collect/console` entry resolves
// through `exports` and registers the partner console, and only the console. It needs the build
// (`npm run build`); without it the tests are skipped with a message rather than failing on files that were
// never produced.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { installPackedPackage, linkPackageDependencies, packPackage } from '../../scripts/packed-package.js';

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

/** The elements that draw the console's sections; the build keeps them only if `sideEffects` names their modules. */
const consoleSections = [
  'debitura-console-clients',
  'debitura-console-cases',
  'debitura-console-revenue',
  'debitura-console-webhooks',
];

// Runs in Node inside the app, where Lit's server build provides `customElements`. Kept as source text: it must
// resolve the package as the app does, from the app's folder.
const importConsoleSource = `
const entry = await import('debitura-collect/console');
const registered = customElements.get('debitura-partner-console');
console.log(JSON.stringify({
  resolved: import.meta.resolve('debitura-collect/console'),
  exports: Object.keys(entry).sort(),
  consoleRegistered: registered !== undefined && registered === entry.DebituraPartnerConsole,
  widgetRegistered: customElements.get('debitura-collect') !== undefined,
  sections: ${JSON.stringify(consoleSections)}.filter((tag) => customElements.get(tag) !== undefined),
}));
`;

describe('the packed package', { skip }, () => {
  let scratch: string;
  let tarball: string;
  let unpacked: string;
  let removeTarball = () => {};

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'debitura-publint-'));
    const packed = await packPackage();
    tarball = packed.tarball;
    removeTarball = packed.remove;
    // Linted and imported as unpacked into node_modules: only what the tarball holds.
    unpacked = await installPackedPackage(tarball, scratch);
    linkPackageDependencies(scratch);
  });
  after(() => {
    removeTarball();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('passes publint and attw', async () => {
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
    assert.match(attw.out, /"debitura-collect\/console"/, 'attw checked the console entry');
  });

  it('`debitura-collect/console` resolves to the tarball and registers <debitura-partner-console> with its sections alone', async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', importConsoleSource], {
      cwd: scratch,
    });
    const imported = JSON.parse(stdout) as {
      resolved: string;
      exports: string[];
      consoleRegistered: boolean;
      widgetRegistered: boolean;
      sections: string[];
    };
    assert.equal(imported.resolved, `file://${join(unpacked, 'dist/esm/console.js')}`);
    assert.deepEqual(imported.exports, [
      'DebituraErrorEvent',
      'DebituraPartnerConsole',
      'definePartnerConsole',
      'partnerConsoleTag',
    ]);
    assert.equal(imported.consoleRegistered, true, 'importing the entry defines the element with its class');
    assert.deepEqual(imported.sections, consoleSections, 'the sections the console shows came along');
    assert.equal(imported.widgetRegistered, false, 'the console does not bring <debitura-collect> along');
  });
});
