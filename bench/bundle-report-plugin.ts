// A Vite plugin that prints, after each build, every JavaScript file's raw, gzip and brotli size. The script-tag
// build's loader, written after the chunks, prints its line the same way with the SRI hash partners pin.
import type { Plugin } from 'vite';
import { bundleSizes, kilobytes, subresourceIntegrity } from './bundle-sizes.js';

/** One file's line of the report (`dist/cdn/x.js  raw …  gzip …  brotli …`), and its SRI hash under it if asked. */
export function sizeReportLines(name: string, content: Uint8Array | string, withIntegrity = false): string[] {
  const sizes = bundleSizes(content);
  const line = `  ${name.padEnd(40)} raw ${kilobytes(sizes.raw).padStart(10)}  gzip ${kilobytes(sizes.gzip).padStart(9)}  brotli ${kilobytes(sizes.brotli).padStart(9)}`;
  return withIntegrity ? [line, `  ${''.padEnd(40)} integrity="${subresourceIntegrity(content)}"`] : [line];
}

export function bundleReport(): Plugin {
  return {
    name: 'debitura-bundle-report',
    apply: 'build',
    writeBundle(output, bundle) {
      const directory = (output.dir ?? '').replace(/^.*?\/?(dist\/)/, '$1');
      const lines = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .flatMap((file) => sizeReportLines(`${directory}/${file.fileName}`, file.code));
      if (lines.length > 0) console.log(`\nbundle sizes (gzip -9, brotli -q 11):\n${lines.join('\n')}\n`);
    },
  };
}
