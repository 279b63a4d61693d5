// The Custom Elements Manifest (custom-elements.json) is generated from the element's JSDoc: attributes,
// properties, CSS custom properties and parts; its events from the one list of public events. Only the public surface is analysed; the views are
// internal elements and stay out of the manifest. Regenerate with `npm run analyze`; a node test fails when
// the committed copy is stale.

/** Keeps the manifest to what partners may use: no private members, no events the JSDoc does not name. */
function publicSurfaceOnly() {
  return {
    name: 'debitura-public-surface-only',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      for (const declaration of declarations) {
        if (declaration.members) {
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
        // `dispatchEvent(new SomeEvent(...))` is found without a name; the @fires tags carry the real list.
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
      for (const module of customElementsManifest.modules) {
        for (const entry of module.exports ?? []) {
          if (entry.kind !== 'custom-element-definition') continue;
          // The tag is registered through a constant: name the definition by the tag (from `@tag`) and point
          // at the module as the other entries do.
          const element = declarations.find(
            (declaration) => declaration.name === entry.declaration.name && declaration.tagName,
          );
          if (element) entry.name = element.tagName;
          entry.declaration.module = entry.declaration.module.replace(/^\//, '').replace(/\.js$/, '.ts');
        }
      }
    },
  };
}

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
    'src/widget/debitura-collect.ts',
    'src/widget/define.ts',
    'src/widget/events/debitura-events.ts',
    'src/widget/events/public-events.ts',
  ],
  litelement: true,
  packagejson: false,
  plugins: [publicSurfaceOnly(), eventsFromPublicList()],
};
