// Scale-out for real: four partner server processes share one Redis and mint from one sandbox. However hard they
// are hit at once for several tenants, Debitura mints one token per tenant and the tenant's rate limit holds
// across all four; when Redis dies mid-run, every token request is still answered.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { createSandbox } from '../../src/sandbox/index.js';
import { defaultTokenRateLimit } from '../../src/server/index.js';
import { redisMissing, startRedis, type RedisServer } from './redis-harness.js';

const processCount = 4;
const partnerScript = fileURLToPath(new URL('./scale-partner-process.ts', import.meta.url));

interface PartnerProcess {
  child: ChildProcess;
  url: string;
  warnings: string[];
}

/** The sandbox over HTTP, counting the tokens it mints per tenant. */
async function countingSandbox(): Promise<{ server: Server; url: string; mints: Map<string, number> }> {
  const sandbox = createSandbox();
  const mints = new Map<string, number>();
  const listener = getRequestListener(async (request) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/referral/oauth/token') {
      const { externalTenantId } = (await request.clone().json()) as { externalTenantId: string };
      mints.set(externalTenantId, (mints.get(externalTenantId) ?? 0) + 1);
    }
    return sandbox.fetch(request);
  });
  const server = createServer((request, response) => void listener(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, mints };
}

async function startPartner(env: Record<string, string>): Promise<PartnerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', partnerScript], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const warnings: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a partner process did not start within 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`a partner process exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const listening = /^listening (\d+)$/.exec(line);
      if (listening) {
        clearTimeout(timer);
        resolve(Number(listening[1]));
      } else if (line.startsWith('warn ')) warnings.push(JSON.parse(line.slice(5)) as string);
    });
  });
  return { child, url: `http://127.0.0.1:${port}/api/debitura/token`, warnings };
}

async function stopPartner({ child }: PartnerProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin!.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** `perProcess` token requests for `tenant` to every process, `wave` at a time on each; the answers' statuses. */
async function hammer(partners: PartnerProcess[], tenant: string, perProcess: number, wave = 30) {
  const statuses = new Map<number, number>();
  const tokens = new Set<string>();
  await Promise.all(
    partners.map(async (partner) => {
      for (let sent = 0; sent < perProcess; sent += wave) {
        const answers = await Promise.all(
          Array.from({ length: Math.min(wave, perProcess - sent) }, () =>
            fetch(partner.url, { method: 'POST', headers: { cookie: `tenant=${tenant}` } }),
          ),
        );
        for (const answer of answers) {
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          const body = (await answer.json()) as { accessToken?: string };
          if (body.accessToken) tokens.add(body.accessToken);
        }
      }
    }),
  );
  return { statuses: Object.fromEntries(statuses), tokens };
}

describe('scale-out: four partner processes, one Redis, one sandbox', { skip: redisMissing }, () => {
  let redis: RedisServer;
  let sandbox: Awaited<ReturnType<typeof countingSandbox>>;
  let partners: PartnerProcess[] = [];

  before(async () => {
    [redis, sandbox] = await Promise.all([startRedis(), countingSandbox()]);
    const env = { REDIS_URL: redis.url, SANDBOX_URL: sandbox.url };
    partners = await Promise.all(Array.from({ length: processCount }, () => startPartner(env)));
  });
  after(async () => {
    await Promise.all(partners.map(stopPartner));
    await redis.kill();
    sandbox.server.close();
  });

  it('mints one token per tenant, enforces each tenant’s limit across all processes, and survives losing Redis', async () => {
    // More requests per tenant than its limit allows, all four processes at once, three tenants side by side.
    const perProcess = 120;
    const tenants = ['acme-ready', 'unsigned-contract', 'blocked-creditor'];
    const results = await Promise.all(tenants.map((tenant) => hammer(partners, tenant, perProcess)));
    for (const [index, tenant] of tenants.entries()) {
      const { statuses, tokens } = results[index]!;
      assert.equal(sandbox.mints.get(tenant), 1, `${tenant}: one upstream mint for ${processCount} processes`);
      assert.equal(tokens.size, 1, `${tenant}: every process handed out the same token`);
      assert.deepEqual(
        statuses,
        { 200: defaultTokenRateLimit.limit, 429: processCount * perProcess - defaultTokenRateLimit.limit },
        `${tenant}: the per-tenant limit counts every process's requests`,
      );
    }
    for (const partner of partners) assert.deepEqual(partner.warnings, []);

    await redis.kill();
    // A tenant no process has a token for yet, and one whose shared limit was spent: both served from memory now.
    const [fresh, spent] = await Promise.all([
      hammer(partners, 'kyc-required', 60),
      hammer(partners, 'acme-ready', 30),
    ]);
    assert.deepEqual(fresh.statuses, { 200: processCount * 60 }, 'no token request fails while Redis is down');
    assert.deepEqual(spent.statuses, { 200: processCount * 30 });
    const freshMints = sandbox.mints.get('kyc-required') ?? 0;
    assert.ok(freshMints >= 1 && freshMints <= processCount, `one mint per process at most (${freshMints})`);
    assert.equal(sandbox.mints.get('acme-ready'), 1, 'tokens the processes already held are still used');
    for (const partner of partners) {
      assert.equal(partner.warnings.length, 1, `one warning per process: ${partner.warnings.join(' | ')}`);
      assert.match(partner.warnings[0]!, /Redis store cannot be reached/);
    }
  });
});
