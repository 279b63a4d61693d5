// `npm run docs`: rewrites the README's API section from custom-elements.json (regenerate that first with
// `npm run analyze` when the element's JSDoc changed).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedApiSection, replaceApiSection } from './readme-api-section.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const readmePath = `${projectRoot}README.md`;
const readme = readFileSync(readmePath, 'utf8');
const updated = replaceApiSection(readme, generatedApiSection(projectRoot));
if (updated === readme) console.log('README.md: API section already current');
else {
  writeFileSync(readmePath, updated);
  console.log('README.md: API section rewritten from custom-elements.json');
}
