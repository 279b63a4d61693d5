// The theming contract: every `--debitura-*` property and `::part` the element's JSDoc documents is really
// used, every one the widget uses is documented, no private `--_*` property dangles, and the default light
// and dark palettes meet WCAG AA for every pair the styles draw. The partner console draws with the widget's
// theme and shared styles, and its JSDoc documents exactly the properties and parts those and its own styles use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { themeStyles } from '../../src/widget/styles/theme-styles.js';
import {
  contrastFailures,
  contrastRatio,
  describeContrastFailure,
  parseSimpleColor,
  type Rgb,
  type ThemeColor,
} from '../../src/widget/styles/contrast-warning.js';

const root = new URL('../../', import.meta.url).pathname;
const widgetDir = join(root, 'src/widget');
const elementFile = join(widgetDir, 'debitura-collect.ts');

function widgetSources(): { file: string; text: string }[] {
  return readdirSync(widgetDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file, text: readFileSync(join(widgetDir, file), 'utf8') }));
}

const consoleDir = join(root, 'src/console');
const consoleElementFile = join(consoleDir, 'debitura-partner-console.ts');

function jsdocTags(tag: 'cssprop' | 'csspart', file = elementFile): Set<string> {
  const text = readFileSync(file, 'utf8');
  return new Set([...text.matchAll(new RegExp(`^\\s*\\*\\s*@${tag}\\s+\\[?([a-z0-9-]+)`, 'gm'))].map((m) => m[1]!));
}

function matchesInSources(pattern: RegExp): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { file, text } of widgetSources()) {
    for (const match of text.matchAll(pattern)) {
      for (const name of match[1]!.split(/\s+/).filter(Boolean)) found.set(name, [...(found.get(name) ?? []), file]);
    }
  }
  return found;
}

function difference(a: Iterable<string>, b: Set<string> | Map<string, unknown>): string[] {
  return [...a].filter((name) => !b.has(name)).sort();
}

test('every documented --debitura-* property is read by the styles, and every one read is documented', () => {
  const documented = jsdocTags('cssprop');
  const used = matchesInSources(/var\(\s*(--debitura-[a-z0-9-]+)/g);
  assert.ok(documented.size > 10, 'the JSDoc lists the theme properties');
  assert.deepEqual(difference(documented, used), [], 'documented but never used');
  assert.deepEqual(difference(used.keys(), documented), [], 'used but not documented with @cssprop');
});

test('every documented ::part is in a template, and every part in a template is documented', () => {
  const documented = jsdocTags('csspart');
  const used = matchesInSources(/\bpart="([a-z0-9 -]+)"/g);
  assert.ok(documented.size > 0, 'the JSDoc lists the parts');
  assert.deepEqual(difference(documented, used), [], 'documented but not in any template');
  assert.deepEqual(difference(used.keys(), documented), [], 'in a template but not documented with @csspart');
});

test('every part drawn inside a view is forwarded by the shell, so ::part() reaches it from the page', () => {
  const shell = readFileSync(elementFile, 'utf8');
  const forwarded = new Set(/const viewParts = '([^']+)'/.exec(shell)?.[1]?.split(/,\s*/) ?? []);
  const inViews = matchesInSources(/\bpart="([a-z0-9 -]+)"/g);
  const unforwarded = [...inViews].filter(
    ([name, files]) => files.some((file) => file.startsWith('views/')) && !forwarded.has(name),
  );
  assert.deepEqual(
    unforwarded.map(([name]) => name),
    [],
  );
});

/** The console's own sources and the widget's shared styles, which every console view adopts. */
function consoleStyleSources(): string[] {
  const own = readdirSync(consoleDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(join(consoleDir, file), 'utf8'));
  return [...own, readFileSync(join(widgetDir, 'styles/shared-styles.ts'), 'utf8')];
}

test('every --debitura-* property the console draws with is documented on it, and every one documented is drawn', () => {
  // The theme maps each private property to its public one: `--_space: var(--debitura-spacing, 0.5rem)`.
  const publicName = new Map(
    [...themeStyles.cssText.matchAll(/(--_[a-z0-9-]+):\s*var\(\s*(--debitura-[a-z0-9-]+)/g)].map((m) => [m[1]!, m[2]!]),
  );
  const drawn = new Set<string>();
  for (const text of consoleStyleSources()) {
    for (const [, name] of text.matchAll(/var\(\s*(--[a-z0-9_-]+)/g)) {
      const themed = name!.startsWith('--debitura-') ? name! : publicName.get(name!);
      if (themed) drawn.add(themed);
    }
  }
  const documented = jsdocTags('cssprop', consoleElementFile);
  assert.ok(drawn.has('--debitura-status-active-bg'), "the console's case badges are drawn from the theme");
  assert.deepEqual(difference(documented, drawn), [], 'documented on the console but never drawn by it');
  assert.deepEqual(difference(drawn, documented), [], 'drawn by the console but not documented with @cssprop');
});

test('every ::part the console documents is in its templates, and every part there is documented', () => {
  const documented = jsdocTags('csspart', consoleElementFile);
  const used = new Set(
    consoleStyleSources().flatMap((text) =>
      [...text.matchAll(/\bpart="([a-z0-9 -]+)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)),
    ),
  );
  assert.ok(documented.has('nav'), 'the JSDoc lists the parts');
  assert.deepEqual(difference(documented, used), [], 'documented but not in any template');
  assert.deepEqual(difference(used, documented), [], 'in a template but not documented with @csspart');
});

test('every private --_* property read is defined, and every one defined is read', () => {
  const defined = matchesInSources(/(--_[a-z0-9-]+)\s*:/g);
  const read = matchesInSources(/var\(\s*(--_[a-z0-9-]+)/g);
  assert.deepEqual(difference(read.keys(), defined), [], 'read but never defined');
  assert.deepEqual(difference(defined.keys(), read), [], 'defined but never read');
});

/** The documented defaults of one palette block: `--_x: var(--debitura-x, default)`. */
function paletteDefaults(block: string): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const match of block.matchAll(/--_([a-z0-9-]+):\s*var\(--debitura-\1,\s*([^;]+)\);/g)) {
    defaults.set(match[1]!, match[2]!.trim());
  }
  return defaults;
}

function palettes(): { light: Map<string, string>; dark: Map<string, string> } {
  const text = themeStyles.cssText;
  const darkStart = text.indexOf(":host([theme='dark'])");
  assert.ok(darkStart > 0, 'the theme has a dark block');
  return { light: paletteDefaults(text.slice(0, darkStart)), dark: paletteDefaults(text.slice(darkStart)) };
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the default ${scheme} palette meets WCAG AA for every pair the widget draws`, () => {
    const palette = palettes()[scheme];
    const unreadable: string[] = [];
    const read = (color: ThemeColor): Rgb | null => {
      const value = palette.get(color);
      const rgb = value ? parseSimpleColor(value) : null;
      if (!rgb) unreadable.push(color);
      return rgb;
    };
    const failures = contrastFailures(read);
    assert.deepEqual(unreadable, [], 'every paired colour has a plain default');
    assert.deepEqual(failures.map(describeContrastFailure), []);
  });
}

test('the dark palette defines every colour the light one does', () => {
  const { light, dark } = palettes();
  const lightColours = [...light].filter(([, value]) => parseSimpleColor(value)).map(([name]) => name);
  assert.deepEqual([...dark.keys()].sort(), lightColours.sort());
});

test('contrast follows WCAG: black on white is 21:1, a colour on itself 1:1, mid grey on white about 4.5:1', () => {
  const white = parseSimpleColor('#fff')!;
  assert.equal(contrastRatio(parseSimpleColor('#000000')!, white), 21);
  assert.equal(contrastRatio(white, white), 1);
  assert.equal(contrastRatio(parseSimpleColor('rgb(118, 118, 118)')!, white).toFixed(2), '4.54');
  assert.equal(parseSimpleColor('rgba(0, 0, 0, 0.5)'), null, 'a translucent colour cannot be judged alone');
});

test('a palette that fails is reported by property name and use', () => {
  const colours: Partial<Record<ThemeColor, Rgb>> = {
    primary: { r: 255, g: 230, b: 0 },
    'on-primary': { r: 255, g: 255, b: 255 },
  };
  const failures = contrastFailures((color) => colours[color] ?? null);
  assert.equal(failures.length, 1);
  assert.match(
    describeContrastFailure(failures[0]!),
    /--debitura-on-primary on --debitura-primary \(button labels\) has contrast 1\.\d\d:1; WCAG AA asks for 4\.5:1/,
  );
});
