// A Vite plugin that prints, after each build, every JavaScript file's raw, gzip and brotli size, and the SRI
// hash a partner puts in the script tag of the self-contained bundle.
import type { Plugin } from 'vite';
import { bundleSizes, kilobytes, subresourceIntegrity } from './bundle-sizes.js';

export function bundleReport(): Plugin {
  return {
    name: 'debitura-bundle-report',
    apply: 'build',
    writeBundle(output, bundle) {
      const directory = output.dir ?? '';
      const lines: string[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const sizes = bundleSizes(file.code);
        const name = `${directory.replace(/^.*?\/?(dist\/)/, '$1')}/${file.fileName}`;
        lines.push(
          `  ${name.padEnd(40)} raw ${kilobytes(sizes.raw).padStart(10)}  gzip ${kilobytes(sizes.gzip).padStart(9)}  brotli ${kilobytes(sizes.brotli).padStart(9)}`,
        );
        if (output.format === 'iife') lines.push(`  ${''.padEnd(40)} integrity="${subresourceIntegrity(file.code)}"`);
      }
      if (lines.length > 0) console.log(`\nbundle sizes (gzip -9, brotli -q 11):\n${lines.join('\n')}\n`);
    },
  };
}
