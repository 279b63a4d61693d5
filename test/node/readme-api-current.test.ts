// The README's API tables, the widget's and the partner console's, are generated from custom-elements.json; this
// fails when the committed README says something else than the manifest (and the event classes it names), so the
// README cannot drift from the JSDoc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CustomElementsManifest } from '../../scripts/custom-elements-manifest.js';
import { detailFieldNames } from '../../scripts/event-detail-members.js';
import {
  apiSectionOf,
  apiSections,
  consoleApiSection,
  generatedApiSection,
  replaceApiSection,
} from '../../scripts/readme-api-section.js';
import { renderApiTables } from '../../scripts/render-api-tables.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

for (const section of apiSections) {
  test(`README.md's API section of <${section.tag}> is what \`npm run docs\` generates from custom-elements.json`, () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    assert.equal(
      apiSectionOf(readme, section),
      generatedApiSection(root, section),
      `README.md API section of <${section.tag}> is stale: run \`npm run docs\``,
    );
  });
}

const manifest: CustomElementsManifest = {
  modules: [
    {
      path: 'src/widget/debitura-collect.ts',
      declarations: [
        {
          kind: 'class',
          name: 'DebituraCollect',
          tagName: 'debitura-collect',
          attributes: [
            {
              name: 'theme',
              type: { text: "'light' | 'dark'" },
              default: "'light'",
              description: 'Colour\nscheme.',
              fieldName: 'theme',
            },
          ],
          members: [
            { kind: 'field', name: 'theme', attribute: 'theme' },
            {
              kind: 'field',
              name: 'fetchToken',
              type: { text: '() => Promise<string>' },
              description: 'Supplies tokens.',
            },
          ],
          events: [{ name: 'debitura-ready', type: { text: 'ReadyEvent' }, description: 'Ready.' }],
          cssProperties: [{ name: '--debitura-radius', default: '4px', description: 'Corner radius.' }],
          cssParts: [{ name: 'header', description: 'The header.' }],
        },
        {
          kind: 'class',
          name: 'ReadyEvent',
          members: [{ kind: 'field', name: 'detail', type: { text: "{ view: 'cases' }" } }],
        },
      ],
    },
  ],
};

test('the tables list each attribute, script-only property, event detail and React prop, custom property default and part', () => {
  const tables = renderApiTables(manifest);
  assert.match(tables, /\| `theme` \| `theme` \| `'light' \\\| 'dark'` \| `'light'` \| Colour scheme\. \|/);
  assert.match(tables, /\| `fetchToken` \| `\(\) => Promise<string>` \| Supplies tokens\. \|/);
  assert.doesNotMatch(
    tables,
    /### Properties[\s\S]*\| `theme` \|[\s\S]*### Events/,
    'attribute-backed fields stay in the attribute table',
  );
  assert.match(tables, /\| `debitura-ready` \| `ReadyEvent` \| `\{view\}` \| `onReady` \| Ready\. \|/);
  assert.match(tables, /\| `--debitura-radius` \| `4px` \| Corner radius\. \|/);
  assert.match(tables, /\| `header` \| The header\. \|/);
});

test("the console's tables sit under its own section's headings, without the widget wrapper's React props", () => {
  const consoleManifest: CustomElementsManifest = {
    modules: [
      {
        path: 'dist/esm/console.js',
        declarations: [
          {
            kind: 'class',
            name: 'PartnerConsole',
            tagName: 'debitura-partner-console',
            attributes: [{ name: 'view', type: { text: "'clients' | 'cases'" }, fieldName: 'view' }],
            events: [{ name: 'debitura-error', type: { text: 'ReadyEvent' }, description: 'Failed.' }],
          },
        ],
      },
      ...manifest.modules,
    ],
  };
  const tables = renderApiTables(consoleManifest, consoleApiSection);
  assert.match(tables, /^#### Attributes$/m);
  assert.match(tables, /\| `view` \| `view` \| `'clients' \\\| 'cases'` \|/);
  assert.match(tables, /^\| event \| class \| detail \| description \|$/m);
  assert.match(tables, /\| `debitura-error` \| `ReadyEvent` \| `\{view\}` \| Failed\. \|/);
  assert.doesNotMatch(tables, /theme|^### /m, "the widget's declaration stays out of the console's tables");
});

test("the events table names the top-level fields of the manifest's detail types", () => {
  assert.equal(
    detailFieldNames("{ type: 'a' | 'b'; state?: Record<string, string | number>; retry: () => void }"),
    '{type, state?, retry}',
  );
  assert.equal(detailFieldNames("{ view: 'cases' | 'case'; caseId?: string }"), '{view, caseId?}');
  assert.equal(detailFieldNames('InvoiceDto'), 'InvoiceDto');
});

test('rewriting the section keeps the README around it and is stable', () => {
  const readme = 'intro\n<!-- api:start -->\nold tables\n<!-- api:end -->\noutro\n';
  const rewritten = replaceApiSection(readme, 'new tables');
  assert.equal(rewritten, 'intro\n<!-- api:start -->\n\nnew tables\n\n<!-- api:end -->\noutro\n');
  assert.equal(replaceApiSection(rewritten, 'new tables'), rewritten);
  assert.equal(apiSectionOf(rewritten), 'new tables');
});
