// The script tag's widget chunk: everything the entry imports statically goes into one chunk, so the first view
// is a few files rather than a dozen common chunks cut by which views share them; views keep their own chunks.
// What the form, the view a page shows first unless told otherwise, shares with other views goes into the widget
// chunk too: the form needs it before it is usable either way, and one file costs less than several (each file a
// page loads also carries its integrity in the script a page includes).
import type { Plugin } from 'vite';

export function widgetChunk(formModule: string): { plugin: Plugin; test: (id: string) => boolean } {
  const widgetModules = new Set<string>();
  return {
    plugin: {
      name: 'debitura-widget-chunk',
      apply: 'build',
      buildEnd() {
        const reach = (from: string, into: Set<string>) => {
          const visit = (id: string) => {
            if (into.has(id) || widgetModules.has(id)) return;
            into.add(id);
            for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
          };
          visit(from);
        };
        const ids = [...this.getModuleIds()];
        for (const id of ids) if (this.getModuleInfo(id)?.isEntry) reach(id, widgetModules);
        const form = ids.find((id) => id.endsWith(formModule));
        if (!form) return this.error(`no module ${formModule} in the build`);
        const formReach = new Set<string>();
        reach(form, formReach);
        const otherViews = new Set<string>();
        for (const id of ids) {
          if (id !== form && (this.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0) reach(id, otherViews);
        }
        for (const id of formReach) if (id !== form && otherViews.has(id)) widgetModules.add(id);
      },
    },
    test: (id) => widgetModules.has(id),
  };
}
