#!/usr/bin/env node
// debitura-sandbox: serves the Debitura sandbox over HTTP for local development and CI.
//   debitura-sandbox [--port 4010] [--host 127.0.0.1] [--token-ttl 1800] [--faults 0.3] [--data FILE]
//                    [--rate-limit 120] [--require-signed-contract] [--link-ttl-days 7] [--jwt-secret S]
//                    [--allow-host NAME]... [--allow-origin ORIGIN]... [--trust-proxy]
import { serve } from '@hono/node-server';
import { parseArgs } from 'node:util';
import {
  createSandbox,
  describeActivation,
  SANDBOX_PARTNER_API_KEY,
  SandboxDataFileError,
  unlinkedTenants,
  type Sandbox,
} from './index.js';
import type { SandboxOptions } from './options.js';

const usage = `Usage: debitura-sandbox [options]
  --port <n>                 port to listen on (default 4010)
  --host <name>              interface to bind (default 127.0.0.1; 0.0.0.0 for every interface)
  --token-ttl <seconds>      lifetime of minted Customer API tokens (default 1800)
  --faults <rate>            share of API requests that fail at random, 0..1 (default 0)
  --data <file>              keep the sandbox state in this JSON file across restarts
  --rate-limit <n>           requests per minute per credential before 429 (default unlimited)
  --require-signed-contract  refuse tokens to tenants without a signed SDCA
  --link-ttl-days <n>        days a link request waits for approval, 1..30 (default 7)
  --jwt-secret <secret>      HS256 secret of minted tokens (default: random per start, or
                             $DEBITURA_SANDBOX_JWT_SECRET); set it so tokens survive a restart
  --allow-host <name>        also answer requests for this host name (repeatable; loopback always works,
                             and so does --host when it names one interface); e.g. a CI service name
  --allow-origin <origin>    also let pages of this origin call the sandbox (repeatable; loopback always can)
  --trust-proxy              read the public origin from X-Forwarded-Host / X-Forwarded-Proto
  --help                     show this text`;

function numberOption(name: string, raw: string | undefined, check: (value: number) => boolean): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || !check(value)) {
    console.error(`debitura-sandbox: invalid --${name} ${raw}\n\n${usage}`);
    process.exit(2);
  }
  return value;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'token-ttl': { type: 'string' },
    faults: { type: 'string' },
    data: { type: 'string' },
    'rate-limit': { type: 'string' },
    'require-signed-contract': { type: 'boolean' },
    'link-ttl-days': { type: 'string' },
    'jwt-secret': { type: 'string' },
    'allow-host': { type: 'string', multiple: true },
    'allow-origin': { type: 'string', multiple: true },
    'trust-proxy': { type: 'boolean' },
    help: { type: 'boolean' },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}

const port = numberOption('port', values.port, (n) => Number.isInteger(n) && n > 0 && n < 65536) ?? 4010;
const host = values.host ?? '127.0.0.1';
const wildcard = host === '0.0.0.0' || host === '::';
const faultRate = numberOption('faults', values.faults, (n) => n >= 0 && n <= 1);
const options: SandboxOptions = {
  tokenTtlSeconds: numberOption('token-ttl', values['token-ttl'], (n) => Number.isInteger(n) && n > 0),
  rateLimitPerMinute: numberOption('rate-limit', values['rate-limit'], (n) => Number.isInteger(n) && n > 0),
  faults: faultRate === undefined ? undefined : { rate: faultRate },
  dataFile: values.data,
  requireSignedContractForToken: values['require-signed-contract'] ?? false,
  linkApprovalTtlDays: numberOption(
    'link-ttl-days',
    values['link-ttl-days'],
    (n) => Number.isInteger(n) && n >= 1 && n <= 30,
  ),
  jwtSecret: values['jwt-secret'] ?? (process.env.DEBITURA_SANDBOX_JWT_SECRET || undefined),
  allowedHosts: [...(values['allow-host'] ?? []), ...(wildcard ? [] : [host])],
  allowedOrigins: values['allow-origin'] ?? [],
  trustProxy: values['trust-proxy'] ?? false,
};
const base = `http://${wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;

let sandbox: Sandbox;
try {
  sandbox = createSandbox({ ...options, publicUrl: base });
} catch (error) {
  if (!(error instanceof SandboxDataFileError)) throw error;
  console.error(`debitura-sandbox: ${error.message}`);
  process.exit(2);
}

serve({ fetch: sandbox.app.fetch, port, hostname: host }, () => {
  const lines = [
    `Debitura sandbox listening on ${base}`,
    `  Referral Partner API  ${base}/referral   (XApiKey: ${SANDBOX_PARTNER_API_KEY})`,
    `  Customer API          ${base}/customer   (Bearer token from POST /referral/oauth/token, or a creditor XApiKey)`,
    `  Hosted pages          ${base}/hosted`,
    `  Faults                POST ${base}/sandbox/faults {"rate":0.3}`,
    '',
    'Tenants (externalTenantId  link  creditor XApiKey):',
    ...sandbox
      .tenants()
      .map((tenant) => `  ${tenant.externalTenantId.padEnd(26)} ${tenant.link.padEnd(14)} ${tenant.creditorApiKey}`),
    '',
    'Unlinked tenants (POST /referral/clients activates them; POST /sandbox/reset makes them unlinked again):',
    ...unlinkedTenants
      .filter((tenant) => !sandbox.tenants().some((linked) => linked.externalTenantId === tenant.externalTenantId))
      .map((tenant) => `  ${tenant.externalTenantId.padEnd(26)} ${describeActivation(tenant.outcome)}`),
  ];
  if (options.dataFile) lines.push('', `State file: ${options.dataFile}`);
  console.log(lines.join('\n'));
});
