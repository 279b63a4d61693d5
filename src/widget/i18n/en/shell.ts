// English as the widget ships it: the shell's texts and the new-case form's, the first view. Each further view
// brings its own English with its code (`addEnglish` where its module starts), so a page downloads only the
// texts of the views it shows. `en` in ./index.ts is the whole catalogue, for typing, tools and tests.
import type { Messages } from './index.js';
import { core } from './core.js';
import { newCase } from './new-case.js';

/** The sections that arrive with the views' code. */
export const viewSections = ['cases', 'activation', 'tasks', 'engagement', 'payments', 'overview'] as const;

type ViewSection = (typeof viewSections)[number];

/**
 * Typed as the whole catalogue: a view's section is read only by the view's own modules, which add it as they
 * load, and a view renders only once its code has loaded.
 */
export const englishShell = { ...core, newCase } as Messages;

/**
 * Adds a view's English, a section or parts of one (the case list brings `cases.list`, the case detail
 * `cases.detail`): a part already there is kept, so views may load in any order.
 */
export function addEnglish(sections: { [Section in ViewSection]?: Partial<Messages[Section]> }): void {
  const shell = englishShell as unknown as Record<string, object | undefined>;
  for (const [section, parts] of Object.entries(sections)) shell[section] = { ...shell[section], ...parts };
}
