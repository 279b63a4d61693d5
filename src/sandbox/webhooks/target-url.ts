// Which delivery URLs a subscription may name, and where a delivery may connect.
//
// Debitura accepts HTTPS only and refuses localhost and private addresses (SSRF protection). The sandbox keeps
// those rules except for loopback targets (localhost, 127.0.0.0/8, ::1), over http or https, because partners
// run the sandbox and their receiver on the same machine while developing. Address literals are judged when a
// subscription is made (in every spelling: IPv4-mapped, NAT64 and 6to4 forms are unwrapped); host names are
// resolved at delivery, and the delivery connects to the address that was checked (target-connection.ts).
import { addressKind } from './target-address.js';

/** `localhost` itself; other names are resolved and judged by their addresses at delivery. */
function isLoopbackName(hostname: string): boolean {
  return hostname.toLowerCase() === 'localhost';
}

/** Null when the sandbox delivers to `url`, otherwise the reason it does not (for a 400 message). */
export function webhookUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `'${url}' is not an absolute URL.`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'The webhook URL must use HTTPS.';
  if (parsed.username || parsed.password) return 'The webhook URL must not carry credentials.';
  const kind = addressKind(parsed.hostname) ?? (isLoopbackName(parsed.hostname) ? 'loopback' : undefined);
  if (kind === 'loopback') return null;
  if (parsed.protocol !== 'https:') return 'The webhook URL must use HTTPS.';
  if (kind === 'private') return 'The webhook URL must not point to a private IP address.';
  return null;
}
