// The package as npm users receive it: `npm pack` of the built repository, unpacked into an app's
// node_modules/debitura-collect. The Next.js example runs on exactly these files, so a file missing from the
// tarball, a wrong `exports` entry or a lost 'use client' shows up there as it would in a partner's app.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const projectRoot = new URL('../', import.meta.url).pathname;

/** The built files the package's entry points need; `npm run build` writes them. */
const builtEntries = ['dist/esm/react.js', 'dist/esm/debitura-collect.js', 'dist/node/server/index.js'];

export function missingBuild(): string[] {
  return builtEntries.filter((file) => !existsSync(join(projectRoot, file)));
}

/** Packs the repository (as built) into a scratch folder; `remove` deletes the folder. */
export async function packPackage(): Promise<{ tarball: string; remove(): void }> {
  const scratch = mkdtempSync(join(tmpdir(), 'debitura-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: projectRoot });
  const [{ filename }] = JSON.parse(stdout.slice(stdout.indexOf('['))) as [{ filename: string }];
  return { tarball: join(scratch, filename), remove: () => rmSync(scratch, { recursive: true, force: true }) };
}

/**
 * Unpacks `tarball` as `<appDir>/node_modules/debitura-collect`, replacing what was there. Its own dependencies
 * (lit, zod) resolve from the repository's node_modules above the app, as they would from the app's own.
 * The app must be a package of its own (a package.json is written if it has none): inside the repository's
 * package scope, bundlers resolve `debitura-collect` to the repository itself (a package's self-reference,
 * which Node's resolution tries before node_modules), and the tarball would go unused.
 */
export async function installPackedPackage(tarball: string, appDir: string): Promise<string> {
  const manifest = join(appDir, 'package.json');
  if (!existsSync(manifest)) {
    mkdirSync(appDir, { recursive: true });
    writeFileSync(manifest, `${JSON.stringify({ name: 'partner-app', private: true }, null, 2)}\n`);
  }
  const target = join(appDir, 'node_modules', 'debitura-collect');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  return target;
}

/**
 * For an app outside the repository (a scratch folder): links the package's own dependencies (lit, zod…) from the
 * repository's node_modules into `<appDir>/node_modules`, where an install would have put them. Node follows the
 * links, so what those packages import in turn resolves beside them.
 */
export function linkPackageDependencies(appDir: string): void {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const name of Object.keys(pkg.dependencies)) {
    const link = join(appDir, 'node_modules', name);
    if (existsSync(link)) continue;
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(projectRoot, 'node_modules', name), link, 'dir');
  }
}
