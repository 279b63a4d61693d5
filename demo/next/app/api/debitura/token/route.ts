// #region token-route
// app/api/debitura/token/route.ts
import { createTokenHandler } from 'debitura-collect/server';
import { signedInTenant } from '../../../session';

export const POST = createTokenHandler({
  apiKey: process.env.DEBITURA_API_KEY ?? 'sandbox-partner-key',
  baseUrl: process.env.DEBITURA_REFERRAL_URL ?? 'http://127.0.0.1:5173/referral',
  resolveTenant: signedInTenant,
});
// #endregion
