// `debitura-collect/server` is ESM only. A CommonJS TypeScript project still uses it: with `module: nodenext`
// it compiles and `require` loads it (Node ≥ 20.19 loads ES modules synchronously); with the older `node16`
// setting TypeScript stops with a message that says what to do. Needs the build (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);
const built = existsSync(join(root, 'dist/node/server/index.js')) && existsSync(join(root, 'dist/types/server'));
const skip = built ? false : 'no build; run `npm run build` first';

const consumer = `import { createTokenHandler, verifyWebhookSignature } from 'debitura-collect/server';
const handler = createTokenHandler({ apiKey: 'key', resolveTenant: () => null });
console.log(typeof handler, typeof verifyWebhookSignature);
`;

/** A CommonJS package that depends on this one, compiled with the project's tsc. */
async function compile(module: 'nodenext' | 'node16') {
  const project = mkdtempSync(join(tmpdir(), 'debitura-cjs-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(root, join(project, 'node_modules/debitura-collect'));
  symlinkSync(join(root, 'node_modules/zod'), join(project, 'node_modules/zod'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'commonjs', private: true }));
  writeFileSync(join(project, 'index.ts'), consumer);
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module, strict: true, skipLibCheck: true, types: [], outDir: 'out' },
      files: ['index.ts'],
    }),
  );
  const tsc = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project]).then(
    () => ({ ok: true, output: '' }),
    (error: { stdout?: string }) => ({ ok: false, output: error.stdout ?? '' }),
  );
  return { project, tsc };
}

test(
  'a CommonJS TypeScript project (module nodenext) compiles against the server and requires it',
  { skip },
  async () => {
    const { project, tsc } = await compile('nodenext');
    try {
      assert.ok(tsc.ok, tsc.output);
      const { stdout } = await run(process.execPath, [join(project, 'out/index.js')]);
      assert.equal(stdout.trim(), 'function function');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  },
);

test('with module node16 TypeScript says the server is an ES module and how to load it', { skip }, async () => {
  const { project, tsc } = await compile('node16');
  try {
    assert.equal(tsc.ok, false);
    assert.match(tsc.output, /TS1479/);
    assert.match(tsc.output, /import\("debitura-collect\/server"\)/);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
