// --data FILE (issue 14, item 10): a JSON file the sandbox did not write was silently replaced by the seed on
// the first request, and a truncated one crashed start-up printing ~5 KB of it. Now the sandbox refuses to
// start with a short message that quotes nothing from the file, and the file stays exactly as it was.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { createSandbox, SandboxDataFileError } from '../../src/sandbox/index.js';

const folder = mkdtempSync(join(tmpdir(), 'sandbox-data-file-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function fileWith(name: string, content: string): string {
  const file = join(folder, name);
  writeFileSync(file, content);
  return file;
}

const secretish = 'customer-records-that-must-not-be-printed';
const someoneElsesJson = JSON.stringify({ app: 'budget-tracker', entries: Array(200).fill(secretish) });

describe('createSandbox({ dataFile })', () => {
  test('refuses a JSON file that is not sandbox state, and leaves it untouched', async () => {
    const file = fileWith('other-app.json', someoneElsesJson);
    assert.throws(
      () => createSandbox({ dataFile: file }),
      (error: Error) => {
        assert.ok(error instanceof SandboxDataFileError);
        assert.match(error.message, /is not a Debitura sandbox state file/);
        assert.ok(!error.message.includes(secretish));
        return true;
      },
    );
    assert.equal(readFileSync(file, 'utf8'), someoneElsesJson);
  });

  test('refuses a truncated file with a short message that quotes none of it', () => {
    const valid = createSandbox({ dataFile: join(folder, 'valid.json') });
    assert.ok(valid.tenants().length > 0);
    const full = readFileSync(join(folder, 'valid.json'), 'utf8');
    const truncated = full.slice(0, Math.floor(full.length / 2));
    const file = fileWith('truncated.json', truncated);
    assert.throws(
      () => createSandbox({ dataFile: file }),
      (error: Error) => {
        assert.ok(error instanceof SandboxDataFileError);
        assert.match(error.message, /is not valid JSON/);
        assert.ok(error.message.length < 300, `${error.message.length} characters`);
        assert.ok(!error.message.includes('acme-ready'));
        return true;
      },
    );
    assert.equal(readFileSync(file, 'utf8'), truncated);
  });

  test('refuses a file whose records are not the sandbox’s, even with the right version', () => {
    const file = fileWith(
      'forged.json',
      JSON.stringify({ version: 1, tenants: [{ name: 'x' }], cases: [], idempotency: [] }),
    );
    assert.throws(() => createSandbox({ dataFile: file }), /a tenant lacks its externalTenantId/);
  });

  test('an empty or missing file starts from the seed and is written', () => {
    const empty = fileWith('empty.json', '');
    assert.ok(createSandbox({ dataFile: empty }).tenants().length > 0);
    assert.match(readFileSync(empty, 'utf8'), /"version":1/);
    const missing = join(folder, 'nested', 'new.json');
    createSandbox({ dataFile: missing });
    assert.match(readFileSync(missing, 'utf8'), /acme-ready/);
  });
});

describe('debitura-sandbox --data', () => {
  test('exits with status 2 and one short line for a file it does not recognise', async () => {
    const file = fileWith('cli-other.json', someoneElsesJson);
    const cli = resolve(import.meta.dirname, '../../src/sandbox/cli.ts');
    const tsx = resolve(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs');
    const outcome = await new Promise<{ code: number | null; stderr: string; stdout: string }>((done) => {
      const child = execFile(
        process.execPath,
        [tsx, cli, '--data', file, '--port', '40999'],
        { timeout: 60_000 },
        (error, stdout, stderr) =>
          done({ code: child.exitCode ?? (error as { code?: number } | null)?.code ?? null, stdout, stderr }),
      );
    });
    assert.equal(outcome.code, 2);
    assert.equal(outcome.stdout, '');
    assert.match(outcome.stderr, /^debitura-sandbox: .*is not a Debitura sandbox state file/);
    assert.ok(outcome.stderr.length < 400, outcome.stderr);
    assert.ok(!outcome.stderr.includes(secretish));
    assert.equal(readFileSync(file, 'utf8'), someoneElsesJson);
  });
});
