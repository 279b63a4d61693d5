// `npm run docs`: rewrites the README's API sections (the widget's and the console's) from custom-elements.json
// (regenerate that first with `npm run analyze` when an element's JSDoc changed) and its embedding snippets from
// the example apps.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiSections, generatedApiSection, replaceApiSection } from './readme-api-section.js';
import { withCurrentExamples } from './readme-examples.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const readmePath = `${projectRoot}README.md`;
const readme = readFileSync(readmePath, 'utf8');
const withTables = apiSections.reduce(
  (text, section) => replaceApiSection(text, generatedApiSection(projectRoot, section), section),
  readme,
);
const updated = withCurrentExamples(withTables, (path) => readFileSync(join(projectRoot, path), 'utf8'));
if (updated === readme) console.log('README.md: API sections and example snippets already current');
else {
  writeFileSync(readmePath, updated);
  console.log('README.md: API sections and example snippets rewritten');
}
