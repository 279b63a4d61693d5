// Signing a delivery as Debitura does: `t=<unix seconds>,v1=<lowercase hex HMAC-SHA256 of "<t>.<raw body>">`,
// keyed with the Base64-decoded subscription secret.
import { createHmac } from 'node:crypto';

export function webhookSignatureHeader(secret: string, rawBody: string, unixSeconds: number): string {
  const signature = createHmac('sha256', Buffer.from(secret, 'base64'))
    .update(`${unixSeconds}.${rawBody}`)
    .digest('hex');
  return `t=${unixSeconds},v1=${signature}`;
}
