// CORS for cross-origin development: any page may call the sandbox with the headers the widget sends.
// Debitura's own CORS policy is unpublished (REFERENCE §9.1); the sandbox is deliberately permissive.
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export const corsAllowedHeaders = ['Authorization', 'Content-Type', 'Idempotency-Key', 'XApiKey', 'Accept-Language'];

export function sandboxCors(): MiddlewareHandler {
  return cors({
    origin: (origin) => origin || '*',
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: corsAllowedHeaders,
    maxAge: 600,
  });
}
