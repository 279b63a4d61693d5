// POST /cases/preview on the Customer API (wrapped in `result`) and on the Referral API (creditor-less,
// unwrapped). Nothing is stored.
import { Hono, type Context } from 'hono';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { customerPreviewResult, referralPreviewResponse, validatePreview, type ValidPreview } from './preview-case.js';
import { jsonBodyOf } from './request-body.js';

async function readPreview(ctx: SandboxContext, c: Context): Promise<ValidPreview | Response> {
  const body = await jsonBodyOf(c);
  if (body instanceof Response) return body;
  const validation = validatePreview(body.value, ctx.now());
  return validation.ok ? validation.value : c.json(validation.body, 400);
}

export function addCustomerPreviewRoute(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  app.post('/cases/preview', async (c) => {
    const preview = await readPreview(ctx, c);
    if (preview instanceof Response) return preview;
    const viaReferralToken = c.get('authScheme') === 'bearer';
    return c.json({ result: customerPreviewResult(ctx, c.get('tenant'), preview, { viaReferralToken }) }, 200);
  });
}

/**
 * Referral `POST /cases/preview`, for the app to mount under `/referral` behind the partner-key check:
 * `app.route('/referral', referralPreviewRoute(ctx))`.
 */
export function referralPreviewRoute(ctx: SandboxContext): Hono {
  const app = new Hono();
  app.post('/cases/preview', async (c) => {
    const preview = await readPreview(ctx, c);
    if (preview instanceof Response) return preview;
    return c.json(referralPreviewResponse(preview, ctx.now()), 200);
  });
  return app;
}
