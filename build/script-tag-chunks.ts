// The script tag's widget chunk: everything the entry imports statically goes into one chunk, so the first view
// is a few files rather than a dozen common chunks cut by which views share them; views keep their own chunks.
import type { Plugin } from 'vite';

export function widgetChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const widgetModules = new Set<string>();
  return {
    plugin: {
      name: 'debitura-widget-chunk',
      apply: 'build',
      buildEnd() {
        const visit = (id: string) => {
          if (widgetModules.has(id)) return;
          widgetModules.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
        };
        for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id);
      },
    },
    test: (id) => widgetModules.has(id),
  };
}
