// A real redis-server for the store tests: started on a free loopback port with nothing written to disk, stopped
// (or killed, to play an outage) by its pid. Tests skip with `redisMissing` as their reason only where the
// binary is absent (`.ci/run` installs Debian's redis-server).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';

const binary = process.env.REDIS_SERVER ?? 'redis-server';

/** The skip reason when no redis-server can be run here, else false. */
export const redisMissing: string | false =
  spawnSync(binary, ['--version']).error === undefined
    ? false
    : `${binary} is not installed: apt-get install -y redis-server (or set REDIS_SERVER) to run the Redis store tests`;

export interface RedisServer {
  url: string;
  port: number;
  /** Ends the server at once, as a crash or a lost host would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts a server on a free port, or on `port` (to bring a killed one back where its clients look for it). */
export async function startRedis(port?: number): Promise<RedisServer> {
  port ??= await freePort();
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start within 10 s')), 10_000);
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    // Its log goes on after start-up: read (and drop) every line so the pipe never fills.
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.includes('Ready to accept connections')) return;
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
