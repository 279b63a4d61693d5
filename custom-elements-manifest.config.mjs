// The Custom Elements Manifest (custom-elements.json) is generated from the element's JSDoc: attributes,
// properties, events, CSS custom properties and parts. Only the public surface is analysed; the views are
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

export default {
  globs: [
    'src/widget/debitura-collect.ts',
    'src/widget/define.ts',
    'src/widget/events/debitura-events.ts',
    'src/widget/live/case-updated-event.ts',
  ],
  litelement: true,
  packagejson: false,
  plugins: [publicSurfaceOnly()],
};
