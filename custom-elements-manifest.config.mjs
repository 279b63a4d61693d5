// The Custom Elements Manifest (custom-elements.json) is generated from the elements' JSDoc: attributes,
// properties, CSS custom properties and parts; the widget's events from its one list of public events, the
// console's from its @fires tags. It describes what each browser entry of the package exports, filed under the
// published module (dist/esm/debitura-collect.js for `debitura-collect`, dist/esm/console.js for
// `debitura-collect/console`), with literal types spelled out and each event's detail typed. The views of both
// are internal elements and stay out of it (see the README's "Internal elements"). Regenerate with
// `npm run analyze`; a node test fails when the committed copy is stale. The analyzer runs under tsx: the plugins
// of scripts/manifest-plugins.ts are TypeScript.
import { publicSurfaceOnly, publishedEntries, typesSpelledOut } from './scripts/manifest-plugins.js';

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

/**
 * Elements register through `defineElement(tag, Element)` (src/widget/define-element.ts), a call the analyzer does
 * not know: record each one as the custom-element definition a bare `customElements.define` would have given.
 */
function definitionsThroughDefineElement() {
  const calls = [];
  return {
    name: 'debitura-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement' || node.arguments.length !== 2)
        return;
      calls.push({ module: moduleDoc.path, element: node.arguments[1].getText() });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const call of calls) {
        const home = modules.find((module) =>
          (module.declarations ?? []).some((declaration) => declaration.name === call.element && declaration.tagName),
        );
        const caller = modules.find((module) => module.path === call.module);
        if (!home || !caller) continue;
        const element = home.declarations.find((declaration) => declaration.name === call.element);
        (caller.exports ??= []).push({
          kind: 'custom-element-definition',
          name: element.tagName,
          declaration: { name: call.element, module: home.path },
        });
      }
    },
  };
}

export default {
  globs: [
    ...Object.keys(publishedEntries),
    'src/widget/debitura-collect.ts',
    'src/widget/define.ts',
    'src/widget/events/debitura-events.ts',
    'src/widget/events/public-events.ts',
    'src/widget/api/api-base-url.ts',
    'src/wire/environments.ts',
    'src/widget/api/api-error.ts',
    'src/widget/token/token-error.ts',
    'src/console/debitura-partner-console.ts',
    'src/console/define.ts',
    'src/console/console-views.ts',
  ],
  litelement: true,
  packagejson: false,
  plugins: [
    definitionsThroughDefineElement(),
    eventsFromPublicList(),
    typesSpelledOut(),
    publicSurfaceOnly(publishedEntries),
  ],
};
