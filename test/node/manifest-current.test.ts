// custom-elements.json is what editors, Storybook and framework tooling read about <debitura-collect> and
// <debitura-partner-console>. It is generated from the JSDoc; this test regenerates it into a temporary folder and
// fails when the committed copy is stale, so the JSDoc stays the one source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { consoleEvents } from '../../src/console/console-events.js';
import { consoleViews } from '../../src/console/console-views.js';
import { publicEventNames } from '../../src/widget/events/public-events.js';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);

interface ManifestDeclaration {
  name: string;
  tagName?: string;
  attributes?: { name: string; type?: { text: string } }[];
  events?: { name: string; description?: string }[];
  members?: { name: string; type?: { text: string } }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: ManifestDeclaration[];
    exports?: { kind: string; name: string; declaration: { module?: string } }[];
  }[];
}

function element(manifest: Manifest, tag = 'debitura-collect'): ManifestDeclaration {
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  assert.ok(found, `the manifest declares <${tag}>`);
  return found;
}

const names = (list: { name: string }[] | undefined) => (list ?? []).map((item) => item.name).sort();

test('the committed custom-elements.json is what `cem analyze` generates from the current JSDoc', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'debitura-cem-'));
  try {
    // The analyzer joins --outdir onto its working directory, so it is given relative to the package root.
    // Under tsx, as `npm run analyze` runs it: the analyzer plugins are TypeScript.
    await run(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
        '--quiet',
        '--outdir',
        relative(root, scratch),
      ],
      { cwd: root },
    );
    const fresh = readFileSync(join(scratch, 'custom-elements.json'), 'utf8');
    const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
    assert.ok(committed === fresh, 'custom-elements.json is stale: run `npm run analyze` and commit the result');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('package.json points tools at the manifest and ships it', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    customElements?: string;
    files?: string[];
  };
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files?.includes('custom-elements.json'));
});

test('the manifest carries the public contract and nothing private', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as Manifest;
  const declaration = element(manifest);
  assert.deepEqual(names(declaration.attributes), [
    'api-base',
    'case-id',
    'case-url-pattern',
    'environment',
    'label',
    'locale',
    'return-url',
    'theme',
    'token-endpoint',
    'view',
  ]);
  assert.ok(names(declaration.members).includes('fetchToken'), 'the fetchToken property is documented');
  assert.ok(names(declaration.members).includes('listState'), 'the listState property is documented');
  assert.deepEqual(names(declaration.events), [...publicEventNames].sort(), 'the events are the public list');
  assert.ok(names(declaration.cssProperties).every((name) => name.startsWith('--debitura-')));
  assert.ok(names(declaration.cssParts).includes('status-badge'));
  assert.deepEqual(
    names(declaration.members).filter((name) => name.startsWith('#') || name === 'messages'),
    [],
  );
});

test("the manifest carries the console's public contract and nothing private", () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as Manifest;
  const declaration = element(manifest, 'debitura-partner-console');
  assert.deepEqual(names(declaration.attributes), ['api-base', 'environment', 'locale', 'theme', 'view']);
  const attributes = new Map((declaration.attributes ?? []).map((item) => [item.name, item.type?.text]));
  assert.equal(attributes.get('view'), consoleViews.map((view) => `'${view}'`).join(' | '));
  assert.equal(attributes.get('environment'), "'production' | 'test' | 'sandbox'");
  assert.equal(attributes.get('theme'), "'light' | 'dark' | 'auto'");
  assert.deepEqual(names(declaration.events), Object.keys(consoleEvents).sort(), "the events are the console's list");
  assert.ok(names(declaration.cssProperties).includes('--debitura-primary'));
  assert.ok(names(declaration.cssProperties).every((name) => name.startsWith('--debitura-')));
  assert.deepEqual(names(declaration.cssParts), ['alert', 'base', 'body', 'header', 'nav', 'title']);
  assert.deepEqual(
    names(declaration.members).filter((name) => name.startsWith('#') || name === 'texts' || name === 'textsReady'),
    [],
  );
});

test('the manifest points at the published entries and registers each element in its own', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, { default?: string }>;
  };
  const entryOf = (subpath: string) => pkg.exports[subpath]!.default!.replace(/^\.\//, '');
  const referenced = [
    ...manifest.modules.map((module) => module.path),
    ...manifest.modules.flatMap((module) => (module.exports ?? []).map((item) => item.declaration.module ?? '')),
  ];
  assert.deepEqual(
    [...new Set(referenced)].sort(),
    [entryOf('.'), entryOf('./console')].sort(),
    'every path is an npm entry, which the package ships',
  );
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((item) => item.kind === 'custom-element-definition')
      .map((item) => `${module.path}: ${item.name}`),
  );
  assert.deepEqual(definitions, [
    `${entryOf('.')}: debitura-collect`,
    `${entryOf('./console')}: debitura-partner-console`,
  ]);
  const consoleExports = manifest.modules.find((module) => module.path === entryOf('./console'))?.exports ?? [];
  assert.deepEqual(
    consoleExports.find((item) => item.name === 'DebituraErrorEvent')?.declaration.module,
    entryOf('.'),
    'the event class the console re-exports is declared once, by the widget entry',
  );
});

test('the manifest spells out the values an attribute and an event detail accept', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as Manifest;
  const attributes = new Map((element(manifest).attributes ?? []).map((item) => [item.name, item.type?.text]));
  assert.equal(attributes.get('view'), "'new-case' | 'cases' | 'case' | 'tasks' | 'payments' | 'overview'");
  assert.equal(attributes.get('environment'), "'production' | 'test' | 'sandbox'");
  assert.equal(attributes.get('theme'), "'light' | 'dark' | 'auto'");

  const errorEvent = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.name === 'DebituraErrorEvent');
  const detail = errorEvent?.members?.find((member) => member.name === 'detail')?.type?.text ?? '';
  for (const type of ['authentication_error', 'validation_error', 'api_error', 'token_error', 'configuration_error']) {
    assert.ok(detail.includes(`'${type}'`), `debitura-error's detail.type may be ${type}`);
  }
  assert.match(detail, /message: string; recoverable: boolean; code\?: string/);
});
