// What a partner's project installs with debitura-collect: the packages the widget, console, React and server
// entries import, and nothing for the sandbox (its hono, @hono/node-server and jose are optional peers) nor React
// types. Read from the built files, so an import added anywhere is checked. Needs the build (`npm test` runs it
// first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingBuild, projectRoot } from '../../scripts/packed-package.js';

interface PackageJson {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
}

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as PackageJson;
const skip = missingBuild().length > 0 ? 'no build; run `npm run build` first' : false;

/** The packages (not files, not node: built-ins) the files under `dir` import, with the suffix they match. */
function importedPackages(dir: string, suffix: RegExp): Set<string> {
  const packages = new Set<string>();
  for (const file of readdirSync(join(projectRoot, dir), { recursive: true }).map(String)) {
    if (!suffix.test(file)) continue;
    const code = readFileSync(join(projectRoot, dir, file), 'utf8');
    // `from` only after whitespace, `}` or `*` (`import{x}from"lit"`): "range-from" in a template is no import.
    // A specifier has no whitespace: the text `"Collected from",\n to: "…"` is no import either.
    for (const match of code.matchAll(/(?:(?<=^|[\s}*])from\s*|\bimport\s*\(?\s*)["']([^"'./\s][^"'\s]*)["']/g)) {
      const specifier = match[1]!;
      if (specifier.startsWith('node:')) continue;
      const parts = specifier.split('/');
      packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return packages;
}

const optionalPeers = Object.keys(pkg.peerDependencies).filter((name) => pkg.peerDependenciesMeta[name]?.optional);

test('the dependencies are exactly what the widget, console, React and server entries import', { skip }, () => {
  const browserEntries = importedPackages('dist/esm', /\.js$/);
  const server = importedPackages('dist/node/server', /\.js$/);
  const wire = importedPackages('dist/node/wire', /\.js$/);
  const needed = new Set([...browserEntries, ...server, ...wire].filter((name) => name !== 'react'));
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), [...needed].sort());
  assert.ok(optionalPeers.includes('react'), 'react is an optional peer: the React entry uses the app’s React');
});

test('what only the sandbox imports is an optional peer, so widget projects never install it', { skip }, () => {
  const sandboxOnly = [...importedPackages('dist/node/sandbox', /\.js$/)].filter((name) => !(name in pkg.dependencies));
  assert.deepEqual(sandboxOnly.sort(), ['@hono/node-server', 'hono', 'jose']);
  for (const name of sandboxOnly) assert.ok(optionalPeers.includes(name), `${name} is an optional peer`);
});

test('the React entry bundles @lit/react and its types name no package a React app lacks', { skip }, () => {
  assert.ok(!importedPackages('dist/esm', /\.js$/).has('@lit/react'), '@lit/react is bundled');
  const reactTypes = importedPackages('dist/types/react', /\.d\.ts$/);
  assert.deepEqual([...reactTypes].sort(), ['react']);
});
