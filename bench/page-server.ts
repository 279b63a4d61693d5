// Serves Chromium a bench page that loads the built script-tag bundle, on one loopback origin with the dev
// backend (sandbox + token endpoint) mounted beside it, like a partner page with its own token endpoint. The
// backend's sandbox fetch is wrapped to count the token endpoint's upstream /oauth/token calls per tenant.
// Backend answers carry `Server-Timing: backend;dur=…`, so a page can tell server time from time on the way.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createDevBackend, isBackendPath } from '../demo/backend.js';

export const scriptTagBundle = 'dist/cdn/debitura-collect.iife.js';
export const benchPagePath = '/bench.html';
/** The bench page's token endpoint (the dev backend's) and the account request the widget makes with its token. */
export const tokenEndpointPath = '/api/debitura/token';
export const accountPath = '/customer/me';

const benchPage = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>debitura-collect bench</title></head>
  <body><script src="/${scriptTagBundle}"></script></body>
</html>`;

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
};

export interface PageServer {
  origin: string;
  /** Upstream `/oauth/token` calls made by the token endpoint so far, by `externalTenantId`. */
  oauthTokenCalls: Map<string, number>;
  close(): Promise<void>;
}

export interface PageServerOptions {
  /** A Content-Security-Policy sent with the page, e.g. `default-src 'self'`. */
  contentSecurityPolicy?: string;
  /** A built app (e.g. Vite's output folder) served at `/` instead of the repository's dist/: `/` is its index.html. */
  appRoot?: string;
  /** Added before the token endpoint and the Customer API's `GET /me` answer: a slow partner backend or network. */
  latencyMs?: number;
  /** Files answer `Access-Control-Allow-Origin: *`, as a CDN's do, so pages on other origins may fetch them. */
  filesForAnyOrigin?: boolean;
}

export async function startPageServer(projectRoot: string, options: PageServerOptions = {}): Promise<PageServer> {
  const backend = createDevBackend({ env: {} });
  const oauthTokenCalls = new Map<string, number>();
  const sandboxFetch = backend.sandbox.fetch;
  // The token endpoint reaches the sandbox through `backend.sandbox.fetch`, looked up on every call.
  backend.sandbox.fetch = async (request) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/oauth/token')) {
      const body = (await request
        .clone()
        .json()
        .catch(() => null)) as { externalTenantId?: unknown } | null;
      const tenant = typeof body?.externalTenantId === 'string' ? body.externalTenantId : '(none)';
      oauthTokenCalls.set(tenant, (oauthTokenCalls.get(tenant) ?? 0) + 1);
    }
    return sandboxFetch(request);
  };
  const latencyMs = options.latencyMs ?? 0;
  const delayed = (path: string) => latencyMs > 0 && (path === tokenEndpointPath || path === accountPath);
  // The backend's own time goes out in Server-Timing, so Resource Timing tells it from the time on the way.
  const backendListener = getRequestListener(async (request: Request, env: unknown) => {
    const started = performance.now();
    const answer = await backend.fetch(request, env);
    const timed = new Response(answer.body, answer);
    timed.headers.set('server-timing', `backend;dur=${(performance.now() - started).toFixed(1)}`);
    return timed;
  });

  /** The backend's answer, after the added latency a slow partner backend or network would add. */
  const answerFromBackend = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (delayed(path)) await new Promise((done) => setTimeout(done, latencyMs));
    await backendListener(request, response).catch(() => response.destroy());
  };
  const servedRoot = resolve(options.appRoot ?? resolve(projectRoot, 'dist')) + sep;
  const fileBase = options.appRoot ?? projectRoot;

  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (isBackendPath(path)) {
      void answerFromBackend(request, response, path);
      return;
    }
    if (path === benchPagePath) {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(options.contentSecurityPolicy && { 'content-security-policy': options.contentSecurityPolicy }),
      });
      response.end(benchPage);
      return;
    }
    const file = resolve(fileBase, `.${decodeURIComponent(path === '/' && options.appRoot ? '/index.html' : path)}`);
    if (!file.startsWith(servedRoot) || !(extname(file) in contentTypes)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (content) => {
        response.writeHead(200, {
          'content-type': contentTypes[extname(file)]!,
          'cache-control': 'no-store',
          ...(options.filesForAnyOrigin && { 'access-control-allow-origin': '*' }),
        });
        response.end(content);
      },
      () => response.writeHead(404).end(),
    );
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    oauthTokenCalls,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
