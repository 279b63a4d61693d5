// The Custom Elements Manifest (custom-elements.json) is generated from the element's JSDoc: attributes,
// properties, CSS custom properties and parts; its events from the one list of public events. It describes what
// the package entry exports, filed under the published module (dist/esm/debitura-collect.js), with literal types
// spelled out and each event's detail typed. The views are internal elements and stay out of it (see the
// README's "Internal elements"). Regenerate with `npm run analyze`; a node test fails when the committed copy is
// stale. The analyzer runs under tsx: the plugins of scripts/manifest-plugins.ts are TypeScript.
import { publicSurfaceOnly, typesSpelledOut } from './scripts/manifest-plugins.js';

const entry = 'src/widget/index.ts';

/**
 * The element's events come from the one list of public events (src/widget/events/public-events.ts): each entry
 * gives the name, the class and, in its comment, the description. The list is read as the analyzer parses it.
 */
function eventsFromPublicList() {
  const listModule = 'src/widget/events/public-events.ts';
  let events = null;
  return {
    name: 'debitura-events-from-public-list',
    analyzePhase({ ts, node, moduleDoc }) {
      if (moduleDoc.path !== listModule || !ts.isVariableDeclaration(node) || node.name.getText() !== 'publicEvents')
        return;
      let list = node.initializer;
      while (list && (ts.isAsExpression(list) || ts.isSatisfiesExpression(list))) list = list.expression;
      if (!list || !ts.isObjectLiteralExpression(list)) throw new Error(`${listModule}: publicEvents is not a list`);
      events = list.properties.map((entry) => {
        const comment = ts
          .getJSDocCommentsAndTags(entry)
          .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
          .join(' ');
        return {
          name: entry.name.text,
          type: { text: entry.initializer.getText() },
          description: comment.replace(/\s+/g, ' ').trim(),
        };
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      if (!events) throw new Error(`${listModule}: no publicEvents list found`);
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => module.path !== listModule);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.tagName === 'debitura-collect') declaration.events = events;
        }
      }
    },
  };
}

export default {
  globs: [
    entry,
    'src/widget/debitura-collect.ts',
    'src/widget/define.ts',
    'src/widget/events/debitura-events.ts',
    'src/widget/events/public-events.ts',
    'src/widget/api/api-base-url.ts',
    'src/widget/api/api-error.ts',
    'src/widget/token/token-error.ts',
  ],
  litelement: true,
  packagejson: false,
  plugins: [eventsFromPublicList(), typesSpelledOut(), publicSurfaceOnly(entry)],
};
