// Raw, gzip and brotli sizes of a bundle, and its Subresource Integrity hash: what a partner's page downloads
// and what the `integrity` attribute of the script tag must say.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface BundleSizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function gzipSize(content: Uint8Array | string): number {
  return gzipSync(content, { level: 9 }).byteLength;
}

export function brotliSize(content: Uint8Array | string): number {
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  }).byteLength;
}

export function bundleSizes(content: Uint8Array | string): BundleSizes {
  const raw = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  return { raw, gzip: gzipSize(content), brotli: brotliSize(content) };
}

/** The value of a script tag's `integrity` attribute for this content. */
export function subresourceIntegrity(content: Uint8Array | string): string {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

/** 12 345 bytes as "12.35 kB" (1 kB = 1,000 bytes, as the budgets and Vite count). */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}
