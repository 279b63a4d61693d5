// The Custom Elements Manifest (custom-elements.json) is generated from the element's JSDoc: attributes,
// properties, events, CSS custom properties and parts. It describes what the package entry exports, filed under
// the published module (dist/esm/debitura-collect.js), with literal types spelled out. The views are internal
// elements and stay out of it (see the README's "Internal elements"). Regenerate with `npm run analyze`; a node
// test fails when the committed copy is stale. The plugins are TypeScript: the analyzer runs under tsx.
import { publicSurfaceOnly, typesSpelledOut } from './scripts/manifest-plugins.js';

const entry = 'src/widget/index.ts';

export default {
  globs: [
    entry,
    'src/widget/debitura-collect.ts',
    'src/widget/define.ts',
    'src/widget/events/debitura-events.ts',
    'src/widget/live/case-updated-event.ts',
    'src/widget/api/api-base-url.ts',
    'src/widget/api/api-error.ts',
    'src/widget/token/token-error.ts',
  ],
  litelement: true,
  packagejson: false,
  plugins: [typesSpelledOut(), publicSurfaceOnly(entry)],
};
