// The React and Vue example apps built with Vite on the packed package, as a partner's new Vite app installs it:
// no aliases, so `debitura-collect` and `debitura-collect/react` resolve through the tarball's `exports`. Each
// build is served beside the dev backend (token endpoint and sandbox) and opened in Chromium: the widget runs,
// the app's invoice reaches the form through `draft`, and the page logs no error. The example apps are the
// README's snippets, so this is the README pasted into a fresh app. Needs the build (`npm test` runs it first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startPageServer } from '../../bench/page-server.js';
import { partnerInvoices } from '../../demo/partner-invoices.js';
import { buildExampleApp, resolveFromInstalledPackage } from '../../scripts/example-apps.js';
import { installPackedPackage, missingBuild, packPackage, projectRoot } from '../../scripts/packed-package.js';
import { launchChromium, problemsOf } from '../e2e/chromium.js';

const missing = missingBuild();
const skip = missing.length > 0 ? `no build (missing ${missing.join(', ')}); run \`npm run build\` first` : false;

// Inside the repository's node_modules, so the package's own dependencies (lit, zod) and the apps' (react, vue)
// resolve from there, as they would from a partner app's node_modules.
const appDir = join(projectRoot, 'node_modules/.debitura-packed-app');
const scratch: string[] = [];

let browser: Browser;

describe('the React and Vue example apps, built with Vite on the packed package', { skip, timeout: 300_000 }, () => {
  before(
    async () => {
      const packed = await packPackage();
      try {
        await installPackedPackage(packed.tarball, appDir);
      } finally {
        packed.remove();
      }
      browser = await launchChromium();
    },
    { timeout: 120_000 },
  );
  after(async () => {
    await browser?.close();
    rmSync(appDir, { recursive: true, force: true });
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  for (const app of ['react', 'vue'] as const) {
    it(`${app}: the widget runs, and "Send to collection" fills its form`, async () => {
      assert.ok(existsSync(join(appDir, 'node_modules/debitura-collect/package.json')), 'the tarball is installed');
      const outDir = mkdtempSync(join(tmpdir(), `debitura-packed-${app}-`));
      scratch.push(outDir);
      await buildExampleApp(app, outDir, { plugins: [resolveFromInstalledPackage(appDir)] });
      const server = await startPageServer(projectRoot, { appRoot: outDir });
      try {
        const page = await browser.newPage();
        const problems = problemsOf(page);
        await page.goto(`${server.origin}/`);
        await page.locator('.event-log li', { hasText: 'ready: new-case' }).waitFor({ timeout: 30_000 });
        await page.locator('debitura-collect debitura-new-case form').waitFor();
        await page.locator('.invoice-list button', { hasText: 'Send to collection' }).first().click();
        const debtor = partnerInvoices[0]!.draft.debtor!.name!;
        await page.waitForFunction(
          (name) => {
            const form = document.querySelector('debitura-collect')?.shadowRoot?.querySelector('debitura-new-case');
            const inputs = [...(form?.shadowRoot?.querySelectorAll('input') ?? [])];
            return inputs.some((input) => input.value === name);
          },
          debtor,
          { timeout: 10_000 },
        );
        assert.deepEqual(problems, []);
        await page.close();
      } finally {
        await server.close();
      }
    });
  }
});
