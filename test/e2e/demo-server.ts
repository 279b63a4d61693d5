// Serves the repository the way `npm start` does (Vite plus the dev backend: sandbox and token endpoint on one
// origin) on a free port, for browser scripts run from node tests. Extra response headers can be set per path,
// e.g. a Content-Security-Policy for one page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createServer, type Plugin } from 'vite';
import { createDevBackend, isBackendPath } from '../../demo/backend.js';
import { packageAliases } from '../../demo/package-aliases.js';

const root = new URL('../../', import.meta.url).pathname;

export interface DemoServer {
  origin: string;
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** Response headers for pages whose path starts with the key. */
  headers?: Record<string, Record<string, string>>;
  /** HTML pages whose imports Vite pre-bundles before answering, so no page reloads mid-test. */
  pages?: string[];
}

function backendAndHeaders(options: DemoServerOptions): Plugin {
  // An empty environment: a DEBITURA_API_KEY in the shell must never send tests to Debitura.
  const listener = getRequestListener(createDevBackend({ env: {} }).fetch);
  return {
    name: 'debitura-e2e-backend',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/').split('?')[0] ?? '/';
        for (const [prefix, headers] of Object.entries(options.headers ?? {})) {
          if (path.startsWith(prefix))
            for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        }
        if (!isBackendPath(path)) return next();
        listener(request, response).catch(next);
      });
    },
  };
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  // Its own dependency cache, so a running `npm start` and this server never write the same files.
  const cacheDir = mkdtempSync(join(tmpdir(), 'debitura-e2e-vite-'));
  const server = await createServer({
    root,
    configFile: false,
    cacheDir,
    logLevel: 'error',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, cors: false, hmr: false, watch: null },
    optimizeDeps: { entries: options.pages ?? ['index.html'] },
    define: {
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    resolve: { alias: packageAliases },
    plugins: [backendAndHeaders(options)],
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the demo server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    async close() {
      await server.close();
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}
