// `debitura-sandbox`, the package's command: it serves the sandbox where its optional peers (hono,
// @hono/node-server, jose) are installed, and says what to install where they are not, as in a widget project
// that never added them. Needs the build (`npm test` runs it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { missingSandboxPeers, sandboxPeerInstallHint } from '../../src/sandbox/peer-dependencies.js';
import { installPackedPackage, missingBuild, packPackage, projectRoot } from '../../scripts/packed-package.js';
import { freePort } from '../e2e/free-port.js';

const run = promisify(execFile);
const skip = missingBuild().length > 0 ? 'no build; run `npm run build` first' : false;
const bin = join(projectRoot, 'dist/node/sandbox/bin.js');

test('the missing peers are named, with the command that installs them', () => {
  const installed = new Set(['jose']);
  const missing = missingSandboxPeers((name) => {
    if (!installed.has(name)) throw new Error(`Cannot find package '${name}'`);
    return name;
  });
  assert.deepEqual(missing, ['hono', '@hono/node-server']);
  assert.match(sandboxPeerInstallHint(missing), /needs hono, @hono\/node-server/);
  assert.match(sandboxPeerInstallHint(missing), /npm install --save-dev hono @hono\/node-server jose/);
});

test('debitura-sandbox serves the sandbox when its peers are installed', { skip, timeout: 30_000 }, async () => {
  const child = spawn(process.execPath, [bin, '--port', String(await freePort())], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const listening = /listening on (http:\/\/\S+)/.exec(output);
        if (listening) resolve(listening[1]!);
      });
      child.once('exit', (code) => reject(new Error(`debitura-sandbox exited (${code}): ${output}`)));
    });
    const token = await fetch(`${origin}/referral/oauth/token`, { method: 'POST' });
    assert.equal(token.status, 401, 'the Referral API answers (and wants its XApiKey)');
  } finally {
    child.kill();
  }
});

test('debitura-sandbox in a project without its peers says what to install', { skip, timeout: 60_000 }, async () => {
  const app = mkdtempSync(join(tmpdir(), 'debitura-widget-project-'));
  const packed = await packPackage();
  try {
    const installed = await installPackedPackage(packed.tarball, app);
    const result = await run(process.execPath, [join(installed, 'dist/node/sandbox/bin.js')]).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /debitura-sandbox needs hono, @hono\/node-server, jose/);
    assert.match(result.stderr, /npm install --save-dev hono @hono\/node-server jose/);
  } finally {
    packed.remove();
    rmSync(app, { recursive: true, force: true });
  }
});
