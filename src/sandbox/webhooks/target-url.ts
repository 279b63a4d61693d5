// Which delivery URLs a subscription may name.
//
// Debitura accepts HTTPS only and rejects localhost and private addresses (SSRF protection). The sandbox
// keeps those rules except for loopback targets (localhost, 127.0.0.0/8, ::1), over http or https,
// because partners run the sandbox and their receiver on the same machine while developing.

const loopbackHosts = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** IPv4 literals Debitura refuses: private, link-local, carrier-grade NAT, "this network". */
function isPrivateIpv4(host: string): boolean {
  const match = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (!match) return false;
  const a = Number(match[1]);
  const b = Number(match[2]);
  return (
    a === 10 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

/** IPv6 literals other than loopback that stay inside a network: unique-local, link-local, unspecified. */
function isPrivateIpv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const address = host.slice(1, -1).toLowerCase();
  return address === '::' || /^f[cd]/.test(address) || /^fe[89ab]/.test(address);
}

/** Null when the sandbox delivers to `url`, otherwise the reason it does not (for a 400 message). */
export function webhookUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `'${url}' is not an absolute URL.`;
  }
  const host = parsed.hostname;
  if (loopbackHosts.test(host)) {
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? null : 'The webhook URL must use HTTPS.';
  }
  if (parsed.protocol !== 'https:') return 'The webhook URL must use HTTPS.';
  if (isPrivateIpv4(host) || isPrivateIpv6(host)) return 'The webhook URL must not point to a private IP address.';
  return null;
}
