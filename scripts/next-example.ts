// Builds and runs the Next.js example app (demo/next) on the packed package. The app's token endpoint and its
// /customer and /hosted rewrites reach a Debitura sandbox at `sandboxOrigin` (`npm start` serves one).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { installPackedPackage, packPackage, projectRoot } from './packed-package.js';

export const nextExampleDir = join(projectRoot, 'demo/next');
const nextBin = join(projectRoot, 'node_modules/next/dist/bin/next');

function nextEnv(sandboxOrigin: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DEBITURA_SANDBOX_URL: sandboxOrigin,
    DEBITURA_REFERRAL_URL: `${sandboxOrigin}/referral`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

/** Packs the built repository and installs it as the example's node_modules/debitura-collect. */
export async function installPackageIntoNextExample(): Promise<void> {
  const packed = await packPackage();
  try {
    await installPackedPackage(packed.tarball, nextExampleDir);
  } finally {
    packed.remove();
  }
}

/**
 * Runs `next <args>` in the example (or in the Next app at `appDir`); `stdio: 'inherit'` for a developer, piped
 * (and collected) for tests.
 */
export function runNext(
  args: string[],
  sandboxOrigin: string,
  stdio: 'inherit' | 'pipe' = 'pipe',
  appDir = nextExampleDir,
): ChildProcess {
  // Its own process group, so closing it also ends the workers Next starts.
  return spawn(process.execPath, [nextBin, ...args], {
    cwd: appDir,
    env: nextEnv(sandboxOrigin),
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
}

function collectOutput(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return () => output;
}

export interface NextBuildOptions {
  /** The Next app to build; the example by default. */
  appDir?: string;
  /** Turbopack is `next build`'s default since Next 16; `--webpack` builds with webpack. */
  bundler?: 'turbopack' | 'webpack';
}

/** `next build`; rejects with Next's output when the build fails. */
export function buildNextExample(sandboxOrigin: string, options: NextBuildOptions = {}): Promise<string> {
  const args = options.bundler === 'webpack' ? ['build', '--webpack'] : ['build'];
  const child = runNext(args, sandboxOrigin, 'pipe', options.appDir);
  const output = collectOutput(child);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) =>
      code === 0 ? resolve(output()) : reject(new Error(`next build failed (${code}):\n${output()}`)),
    );
  });
}

export interface RunningNextApp {
  origin: string;
  close(): Promise<void>;
}

/** `next start` of the built example on 127.0.0.1:`port`, resolved once Next reports it is ready. */
export function startNextExample(sandboxOrigin: string, port: number): Promise<RunningNextApp> {
  const child = runNext(['start', '--hostname', '127.0.0.1', '--port', String(port)], sandboxOrigin);
  const output = collectOutput(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const close = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`next start exited (${code}):\n${output()}`)));
    child.stdout?.on('data', () => {
      if (/Ready in/.test(output())) resolve({ origin: `http://127.0.0.1:${port}`, close });
    });
  });
}
