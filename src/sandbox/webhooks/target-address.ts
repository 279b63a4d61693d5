// What an IP address is, for the SSRF rules of webhook delivery. Addresses are parsed into numbers, IPv6
// forms that carry an IPv4 address (IPv4-mapped ::ffff:0:0/96, NAT64 64:ff9b::/96, 6to4 2002::/16) are
// unwrapped, and every special-purpose range of the IANA registries counts as private: only public
// addresses and loopback (which the sandbox allows on purpose) remain.
import { isIPv4, isIPv6 } from 'node:net';

export type AddressKind = 'public' | 'loopback' | 'private';

type Range = readonly [base: bigint, prefix: number];

function v4(text: string): bigint {
  return text.split('.').reduce((value, octet) => (value << 8n) | BigInt(Number(octet)), 0n);
}

/** The 128-bit value of an IPv6 address (with `::` and a trailing dotted quad allowed), or undefined. */
export function parseIpv6(text: string): bigint | undefined {
  const address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIPv6(address)) return undefined;
  let groups = address;
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(groups)?.[1];
  if (dotted) {
    const value = v4(dotted);
    groups = `${groups.slice(0, -dotted.length)}${(value >> 16n).toString(16)}:${(value & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = groups.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const missing = 8 - headParts.length - tailParts.length;
  const parts = tail === undefined ? headParts : [...headParts, ...Array<string>(missing).fill('0'), ...tailParts];
  if (parts.length !== 8) return undefined;
  return parts.reduce((value, part) => (value << 16n) | BigInt(parseInt(part, 16)), 0n);
}

function inRange(value: bigint, bits: number, [base, prefix]: Range): boolean {
  const shift = BigInt(bits - prefix);
  return value >> shift === base >> shift;
}

const ipv4Loopback: Range = [v4('127.0.0.0'), 8];

/** Every IPv4 special-purpose block except loopback: this network, private, shared, link-local, test nets … */
const ipv4Private: readonly Range[] = [
  [v4('0.0.0.0'), 8],
  [v4('10.0.0.0'), 8],
  [v4('100.64.0.0'), 10],
  [v4('169.254.0.0'), 16],
  [v4('172.16.0.0'), 12],
  [v4('192.0.0.0'), 24],
  [v4('192.0.2.0'), 24],
  [v4('192.31.196.0'), 24],
  [v4('192.52.193.0'), 24],
  [v4('192.88.99.0'), 24],
  [v4('192.168.0.0'), 16],
  [v4('192.175.48.0'), 24],
  [v4('198.18.0.0'), 15],
  [v4('198.51.100.0'), 24],
  [v4('203.0.113.0'), 24],
  [v4('224.0.0.0'), 4], // multicast
  [v4('240.0.0.0'), 4], // reserved, and 255.255.255.255 broadcast
];

function ipv6(text: string): bigint {
  const value = parseIpv6(text);
  if (value === undefined) throw new Error(`bad IPv6 literal ${text}`);
  return value;
}

/** IPv6 blocks that embed an IPv4 address in their low 32 bits (6to4 is handled apart). */
const ipv6Embedding: readonly Range[] = [
  [ipv6('::ffff:0:0'), 96], // IPv4-mapped
  [ipv6('64:ff9b::'), 96], // NAT64, well-known prefix
];

/** Every other IPv6 special-purpose block: unspecified, IPv4-compatible, local NAT64, discard, IETF and documentation, ULA, site- and link-local, multicast. */
const ipv6Private: readonly Range[] = [
  [0n, 96], // :: and the deprecated IPv4-compatible ::a.b.c.d
  [ipv6('64:ff9b:1::'), 48],
  [ipv6('100::'), 64],
  [ipv6('2001::'), 23], // includes Teredo 2001::/32
  [ipv6('2001:db8::'), 32],
  [ipv6('3fff::'), 20],
  [ipv6('5f00::'), 16],
  [ipv6('fc00::'), 7],
  [ipv6('fe80::'), 10],
  [ipv6('fec0::'), 10],
  [ipv6('ff00::'), 8],
];
const sixToFour: Range = [ipv6('2002::'), 16];

function kindOfIpv4(value: bigint): AddressKind {
  if (inRange(value, 32, ipv4Loopback)) return 'loopback';
  return ipv4Private.some((range) => inRange(value, 32, range)) ? 'private' : 'public';
}

/** What an address literal (IPv4, IPv6 with or without brackets) is; undefined when `text` is no address. */
export function addressKind(text: string): AddressKind | undefined {
  if (isIPv4(text)) return kindOfIpv4(v4(text));
  const value = parseIpv6(text);
  if (value === undefined) return undefined;
  if (value === 1n) return 'loopback';
  if (ipv6Embedding.some((range) => inRange(value, 128, range))) return kindOfIpv4(value & 0xffffffffn);
  if (inRange(value, 128, sixToFour)) return kindOfIpv4((value >> 80n) & 0xffffffffn);
  return ipv6Private.some((range) => inRange(value, 128, range)) ? 'private' : 'public';
}
