// The README's React, Vue and Next.js snippets are the example apps' own code: each snippet names the regions
// of an example file it shows, and must say exactly what they say (`npm run docs` copies them over).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleBlocksOf, exampleCode, regionsOf, withCurrentExamples } from '../../scripts/readme-examples.js';

const root = new URL('../../', import.meta.url).pathname;
const readFile = (path: string) => readFileSync(join(root, path), 'utf8');

test('every README snippet is, verbatim, the example app code it names', () => {
  const blocks = exampleBlocksOf(readFile('README.md'));
  for (const app of ['demo/react/', 'demo/vue/', 'demo/next/']) {
    assert.ok(
      blocks.some((block) => block.file.startsWith(app)),
      `the README shows ${app} code`,
    );
  }
  for (const block of blocks) {
    assert.equal(
      block.code,
      exampleCode(block, readFile),
      `README snippet of ${block.file} #${block.regions.join(' #')} is stale: run \`npm run docs\``,
    );
  }
});

test('regions are marked in //, JSX and HTML comments and come out de-indented', () => {
  const source = [
    'import a;',
    '// #region top',
    'import b;',
    '// #endregion',
    '  <main>',
    '    {/* #region jsx */}',
    '    <Widget',
    '      view="cases"',
    '    />',
    '    {/* #endregion */}',
    '    <!-- #region html -->',
    '    <debitura-collect></debitura-collect>',
    '    <!-- #endregion -->',
    '  </main>',
  ].join('\n');
  assert.deepEqual(
    regionsOf(source),
    new Map([
      ['top', 'import b;'],
      ['jsx', '<Widget\n  view="cases"\n/>'],
      ['html', '<debitura-collect></debitura-collect>'],
    ]),
  );
});

test('`npm run docs` replaces a stale snippet with its regions, joined by a blank line', () => {
  const files: Record<string, string> = {
    'app.js': '// #region a\none();\n// #endregion\n// #region b\ntwo();\n// #endregion\n',
  };
  const stale = 'Intro\n\n<!-- example: app.js#a #b -->\n```js\nold();\n```\n\nOutro\n';
  assert.equal(
    withCurrentExamples(stale, (path) => files[path]!),
    'Intro\n\n<!-- example: app.js#a #b -->\n```js\none();\n\ntwo();\n```\n\nOutro\n',
  );
  assert.throws(
    () => withCurrentExamples('<!-- example: app.js#c -->\n```js\n```', (path) => files[path]!),
    /no region "c"/,
  );
});
