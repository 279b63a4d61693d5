// Token endpoint throughput with a cached token against a bare node:http hello-world, measured in the same
// run on the same machine: each server in its own process, autocannon here, the servers taking turns.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { budgetRow, infoRow, type BenchRow } from './table.js';

export interface ThroughputResult {
  helloRequestsPerSecond: number[];
  tokenRequestsPerSecond: number[];
  /** The same handler through @hono/node-server instead of toNodeListener. */
  honoRequestsPerSecond: number[];
  ratio: number;
}

const rounds = 2;
const secondsPerRun = 4;
const connections = 10;
const serverScript = fileURLToPath(new URL('./throughput-server.ts', import.meta.url));

type ServerKind = 'token' | 'token-hono' | 'hello';

async function startServer(kind: ServerKind, cwd: string): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverScript, kind], {
    cwd,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within 20 s`)), 20_000);
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return { port, child };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin?.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function requestsPerSecond(port: number, method: 'GET' | 'POST'): Promise<number> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/debitura/token`,
    method,
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
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  try {
    for (const kind of ['hello', 'token', 'token-hono'] as const) servers.push(await startServer(kind, projectRoot));
    const [hello, token, tokenHono] = servers as [(typeof servers)[0], (typeof servers)[0], (typeof servers)[0]];
    const helloRequestsPerSecond: number[] = [];
    const tokenRequestsPerSecond: number[] = [];
    const honoRequestsPerSecond: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      helloRequestsPerSecond.push(await requestsPerSecond(hello.port, 'GET'));
      tokenRequestsPerSecond.push(await requestsPerSecond(token.port, 'POST'));
      honoRequestsPerSecond.push(await requestsPerSecond(tokenHono.port, 'POST'));
    }
    const ratio = average(tokenRequestsPerSecond) / average(helloRequestsPerSecond);
    const honoRatio = average(honoRequestsPerSecond) / average(helloRequestsPerSecond);
    return {
      rows: [
        budgetRow(
          'token endpoint, cached token ÷ node:http hello-world',
          `${ratio.toFixed(2)} × (${Math.round(average(tokenRequestsPerSecond)).toLocaleString('en')} vs ${Math.round(average(helloRequestsPerSecond)).toLocaleString('en')} req/s)`,
          ratio,
          '≥ 0.8 ×',
          (value) => value >= 0.8,
          `autocannon, ${connections} connections, ${rounds} × ${secondsPerRun} s each, taking turns; createTokenHandler through toNodeListener, sandbox in-process`,
        ),
        infoRow(
          'same, through @hono/node-server instead',
          `${honoRatio.toFixed(2)} × (${Math.round(average(honoRequestsPerSecond)).toLocaleString('en')} req/s)`,
          "the same handler behind getRequestListener: tells the handler's cost from the Node adapter's",
        ),
      ],
      result: { helloRequestsPerSecond, tokenRequestsPerSecond, honoRequestsPerSecond, ratio },
    };
  } finally {
    for (const server of servers) await stopServer(server.child);
  }
}
