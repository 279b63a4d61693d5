// The React and Vue example apps in demo/ are built with Vite exactly as a partner's app would be, so a
// change to the wrapper, the typings or the entry points that breaks them fails here instead of rotting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esmGraph } from '../../bench/measure-bundles.js';
import { packageAliases } from '../../demo/package-aliases.js';
import { buildExampleApp } from '../../scripts/example-apps.js';

async function buildExample(app: 'react' | 'vue'): Promise<{ html: string; script: string }> {
  const outDir = mkdtempSync(join(tmpdir(), `debitura-example-${app}-`));
  try {
    await buildExampleApp(app, outDir, { alias: packageAliases });
    const assets = readdirSync(join(outDir, 'assets'));
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
    assert.ok(entry && assets.includes(entry), 'index.html loads the built entry script');
    // The entry with every chunk it imports statically: what the page runs before anything loads on demand.
    const eager = esmGraph(join(outDir, 'assets'), entry).eager;
    return { html, script: eager.map((file) => readFileSync(join(outDir, 'assets', file), 'utf8')).join('\n') };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

test('the React example builds, with the wrapper listening for every widget event', async () => {
  const { script } = await buildExample('react');
  assert.match(script, /customElements\.define\(/, 'the element is registered by the bundle');
  for (const event of [
    'debitura-ready',
    'debitura-case-created',
    'debitura-action-required',
    'debitura-error',
    'debitura-view-change',
    'debitura-case-updated',
  ]) {
    assert.ok(script.includes(`"${event}"`) || script.includes(`'${event}'`), `the wrapper maps ${event}`);
  }
  assert.doesNotMatch(script, /React is not defined/);
});

test('the Vue example builds with its template and the isCustomElement setting', async () => {
  const { script } = await buildExample('vue');
  assert.match(script, /customElements\.define\(/, 'the element is registered by the bundle');
  assert.match(script, /isCustomElement\s*=/, 'the app tells Vue that debitura-* tags are custom elements');
  assert.match(script, /@debitura-ready/, 'the template listens for debitura-ready');
});
