// The dev backend that `npm start` and the browser tests mount beside the page: the Debitura sandbox and the
// partner token endpoint, on one origin, so the whole flow runs offline.
import { Hono } from 'hono';

const backendPrefixes = ['/api/', '/referral/', '/customer/'];

export function isBackendPath(path: string): boolean {
  return backendPrefixes.some((prefix) => path.startsWith(prefix));
}

export function createDevBackend() {
  const app = new Hono();
  app.get('/api/health', (c) => c.json({ ok: true }));
  return { fetch: app.fetch };
}
