// `npm start`: the demo page from Vite with the dev backend (sandbox + token endpoint + proxy) on the same origin,
// so the whole flow runs offline. PORT and HOST override 5173 on 127.0.0.1; ALLOWED_ORIGINS (comma-separated)
// lets pages on other origins use the token endpoint and the proxy.
import { getRequestListener } from '@hono/node-server';
import { createServer, type Plugin } from 'vite';
import { createDevBackend, isBackendPath, type DevBackend } from './backend.js';
import { packageAliases } from './package-aliases.js';

function devBackendPlugin(backend: DevBackend): Plugin {
  const listener = getRequestListener(backend.fetch);
  return {
    name: 'debitura-dev-backend',
    configureServer(server) {
      // Added directly (not returned) so backend paths are answered before Vite's own middlewares.
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/').split('?')[0] ?? '/';
        if (!isBackendPath(path)) return next();
        listener(request, response).catch(next);
      });
    },
  };
}

const backend = createDevBackend();
const server = await createServer({
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT) || 5173,
    // The backend answers CORS itself (token endpoint: allowed origins only; sandbox: any origin). Vite's
    // default policy would otherwise answer preflights and add its own headers first.
    cors: false,
  },
  resolve: { alias: packageAliases },
  plugins: [devBackendPlugin(backend)],
});
await server.listen();

const url = server.resolvedUrls?.local[0] ?? server.resolvedUrls?.network[0] ?? '';
console.log(`\n  debitura-collect demo: ${url}`);
if (backend.allowedOrigins.length > 0) {
  console.log(
    `  Pages on ${backend.allowedOrigins.join(', ')} may use the token endpoint and the proxy (ALLOWED_ORIGINS).`,
  );
}
if (backend.environment === 'test') {
  console.log("  The token endpoint talks to Debitura's test environment (DEBITURA_API_KEY).\n");
} else {
  console.log('  The token endpoint talks to the local sandbox. Seeded tenants ("Signed in as" on the page):');
  for (const tenant of await backend.tenants(new URL(url).origin)) {
    console.log(`    ${tenant.externalTenantId.padEnd(20)} ${tenant.companyName.padEnd(28)} ${tenant.description}`);
  }
  console.log('');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
