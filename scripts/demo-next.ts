// `npm run demo:next`: the Next.js example app on http://127.0.0.1:5174 (NEXT_PORT overrides), running on the
// packed package, against the sandbox of a running `npm start` (DEBITURA_SANDBOX_URL overrides
// http://127.0.0.1:5173). Builds the package first when dist/ is missing.
import { execFileSync } from 'node:child_process';
import { installPackageIntoNextExample, runNext } from './next-example.js';
import { missingBuild, projectRoot } from './packed-package.js';

const sandboxOrigin = process.env.DEBITURA_SANDBOX_URL ?? 'http://127.0.0.1:5173';
const port = process.env.NEXT_PORT ?? '5174';

if (missingBuild().length > 0) execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
await installPackageIntoNextExample();
console.log(`\n  Next.js example: http://127.0.0.1:${port}/ (sandbox and hosted pages from ${sandboxOrigin})\n`);
const next = runNext(['dev', '--hostname', '127.0.0.1', '--port', port], sandboxOrigin, 'inherit');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (next.pid) process.kill(-next.pid, signal);
  });
}
next.on('exit', (code) => process.exit(code ?? 0));
