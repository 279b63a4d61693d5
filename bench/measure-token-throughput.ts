// Token endpoint throughput with a cached token against the token route a partner would write by hand on
// node:http, measured in the same run on the same machine: each server in its own process, autocannon here, the
// servers taking turns, every request carrying the same session cookie. All of them mint from one sandbox
// process (`debitura-sandbox`, built), as a partner's server mints from Debitura over the network.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SANDBOX_PARTNER_API_KEY } from '../src/sandbox/index.js';
import { redisMissing, startRedis, type RedisServer } from '../test/node/redis-harness.js';
import { budgetRow, infoRow, type BenchRow } from './table.js';
import { benchSessionCookie } from './throughput-session.js';

export interface ThroughputResult {
  handWrittenRequestsPerSecond: number[];
  tokenRequestsPerSecond: number[];
  /** The same handler through @hono/node-server instead of toNodeListener. */
  honoRequestsPerSecond: number[];
  /** The toNodeListener server with the Redis store instead of the in-memory one; empty without redis-server. */
  redisRequestsPerSecond: number[];
  ratio: number;
}

const rounds = 2;
const secondsPerRun = 4;
const connections = 10;
const serverScript = fileURLToPath(new URL('./throughput-server.ts', import.meta.url));
const sandboxCommand = fileURLToPath(new URL('../dist/node/sandbox/bin.js', import.meta.url));

type ServerKind = 'token' | 'token-hono' | 'token-redis' | 'hand-written';

interface RunningServer {
  port: number;
  child: ChildProcess;
}

/** Spawns a server process and waits for the line that names its port. */
async function spawnServer(
  name: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  listening: RegExp,
): Promise<RunningServer> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 20 s`)), 20_000);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = listening.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return { port, child };
}

function startServer(kind: ServerKind, cwd: string, sandboxUrl: string, env: Record<string, string> = {}) {
  return spawnServer(
    `${kind} server`,
    ['--import', 'tsx', serverScript, kind],
    cwd,
    { ...env, SANDBOX_URL: sandboxUrl, SANDBOX_PARTNER_API_KEY },
    /^listening (\d+)$/,
  );
}

/** A port nobody listens on right now, for the sandbox command (which prints the port it was given). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startSandbox(cwd: string): Promise<RunningServer> {
  const port = await freePort();
  return spawnServer(
    'the sandbox',
    [sandboxCommand, '--port', String(port)],
    cwd,
    {},
    /listening on http:\/\/[^:]+:(\d+)/,
  );
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // The bench servers exit when stdin closes; the sandbox command on SIGTERM.
  child.stdin?.end();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function requestsPerSecond(port: number): Promise<number> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/debitura/token`,
    method: 'POST',
    headers: { cookie: benchSessionCookie },
    connections,
    duration: secondsPerRun,
  });
  if (result.errors > 0 || result.non2xx > 0 || result['2xx'] === 0) {
    throw new Error(`autocannon saw ${result.errors} errors and ${result.non2xx} non-2xx answers`);
  }
  return result.requests.average;
}

const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export async function measureTokenThroughput(
  projectRoot: string,
): Promise<{ rows: BenchRow[]; result: ThroughputResult }> {
  const servers: RunningServer[] = [];
  let redis: RedisServer | null = null;
  try {
    const sandbox = await startSandbox(projectRoot);
    servers.push(sandbox);
    const sandboxUrl = `http://127.0.0.1:${sandbox.port}`;
    const [handWritten, token, tokenHono] = [
      await startServer('hand-written', projectRoot, sandboxUrl),
      await startServer('token', projectRoot, sandboxUrl),
      await startServer('token-hono', projectRoot, sandboxUrl),
    ];
    servers.push(handWritten, token, tokenHono);
    if (!redisMissing) redis = await startRedis();
    const tokenRedis = redis
      ? await startServer('token-redis', projectRoot, sandboxUrl, { REDIS_URL: redis.url })
      : null;
    if (tokenRedis) servers.push(tokenRedis);
    const handWrittenRequestsPerSecond: number[] = [];
    const tokenRequestsPerSecond: number[] = [];
    const honoRequestsPerSecond: number[] = [];
    const redisRequestsPerSecond: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      handWrittenRequestsPerSecond.push(await requestsPerSecond(handWritten.port));
      tokenRequestsPerSecond.push(await requestsPerSecond(token.port));
      honoRequestsPerSecond.push(await requestsPerSecond(tokenHono.port));
      if (tokenRedis) redisRequestsPerSecond.push(await requestsPerSecond(tokenRedis.port));
    }
    const ratio = average(tokenRequestsPerSecond) / average(handWrittenRequestsPerSecond);
    const honoRatio = average(honoRequestsPerSecond) / average(handWrittenRequestsPerSecond);
    const redisRatio = redisRequestsPerSecond.length
      ? average(redisRequestsPerSecond) / average(tokenRequestsPerSecond)
      : null;
    return {
      rows: [
        budgetRow(
          'token endpoint, cached token, README Node mount ÷ hand-written node:http route',
          `${ratio.toFixed(2)} × (${Math.round(average(tokenRequestsPerSecond)).toLocaleString('en')} vs ${Math.round(average(handWrittenRequestsPerSecond)).toLocaleString('en')} req/s)`,
          ratio,
          '≥ 0.8 ×',
          (value) => value >= 0.8,
          `autocannon, ${connections} connections, ${rounds} × ${secondsPerRun} s each, taking turns; createTokenHandler through toNodeListener (srvx lazy request, plain answer), minting from a sandbox process; the package as built`,
        ),
        infoRow(
          'same, through @hono/node-server instead',
          `${honoRatio.toFixed(2)} × (${Math.round(average(honoRequestsPerSecond)).toLocaleString('en')} req/s)`,
          "the same handler behind getRequestListener: tells the handler's cost from the Node adapter's",
        ),
        infoRow(
          'token endpoint with the Redis store ÷ in-memory store',
          redisRatio === null
            ? 'not measured'
            : `${redisRatio.toFixed(2)} × (${Math.round(average(redisRequestsPerSecond)).toLocaleString('en')} vs ${Math.round(average(tokenRequestsPerSecond)).toLocaleString('en')} req/s)`,
          redisRatio === null
            ? String(redisMissing)
            : 'same server, createRedisStore on a local redis-server: one shared rate-limit count per request (token cached in the process)',
        ),
      ],
      result: {
        handWrittenRequestsPerSecond,
        tokenRequestsPerSecond,
        honoRequestsPerSecond,
        redisRequestsPerSecond,
        ratio,
      },
    };
  } finally {
    for (const server of servers) await stopServer(server.child);
    await redis?.stop();
  }
}
