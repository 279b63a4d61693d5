// What ships to browsers must carry no secret and no way around the partner's token endpoint: the built bundles
// are scanned for the sandbox partner API key, the header it travels in and the Referral API's token path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';

const root = new URL('../../', import.meta.url).pathname;
const browserDirs = ['dist/cdn', 'dist/esm'];

function browserFiles(): string[] {
  return browserDirs.flatMap((dir) => {
    const path = join(root, dir);
    if (!existsSync(path)) return [];
    return readdirSync(path)
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(path, name));
  });
}

test('the build produced browser bundles to scan', () => {
  const files = browserFiles();
  assert.ok(
    files.some((f) => f.endsWith('debitura-collect.iife.js')),
    'the script-tag bundle is missing; run `npm run build`',
  );
  assert.ok(
    files.some((f) => f.endsWith('dist/esm/debitura-collect.js')),
    'the npm entry is missing; run `npm run build`',
  );
});

test('no browser bundle contains the partner API key, its header or the token path', () => {
  const forbidden = [SANDBOX_PARTNER_API_KEY, 'XApiKey', '/oauth/token', 'DEBITURA_API_KEY'];
  for (const file of browserFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const needle of forbidden) {
      assert.equal(text.includes(needle), false, `${file.slice(root.length)} contains "${needle}"`);
    }
  }
});
