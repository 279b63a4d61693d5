// ESLint rule: which part of src/ may import which. A part is a folder (src/widget, src/server, …); the rule
// resolves every relative import, `import()` and `import('…')` type to the part it lands in, and reports those the
// importing part is not allowed to use. Self-imports by package name count too (`debitura-collect/server`).
// Files outside the listed parts (demo, test, bench, scripts) are not checked: they may import anything.
// `packageBoundaries` is this package's map; the rule itself takes any map as its options.
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * @typedef {{ root: string, parts: Record<string, string[]>, packageEntries?: Record<string, string> }} Options
 * `parts` maps a part to the folders it may import besides itself; `packageEntries` maps the package's own entry
 * points (`debitura-collect/server`) to the folder each one exposes.
 */

/** The package's parts and what each may import besides itself (npm packages are always allowed). */
export const packageBoundaries = {
  parts: {
    'src/wire': [],
    'src/widget': ['src/wire'],
    'src/server': ['src/wire'],
    'src/sandbox': ['src/wire'],
    'src/react': ['src/widget', 'src/wire'],
    // The partner console shares the widget's look, words, API helpers, formats, errors and events, not its
    // elements; of the views' code only the pager (its page arithmetic and its template) and the status badge.
    'src/console': [
      'src/wire',
      'src/widget/styles',
      'src/widget/i18n',
      'src/widget/api',
      'src/widget/format',
      'src/widget/errors',
      'src/widget/events',
      'src/widget/handoff',
      'src/widget/status',
      'src/widget/define-element.js',
      'src/widget/views/cases/page-window.js',
      'src/widget/views/cases/pager.js',
      'src/widget/views/cases/status-badge.js',
    ],
  },
  /** The package's own entry points, so `import 'debitura-collect/server'` counts as importing src/server. */
  packageEntries: {
    'debitura-collect': 'src/widget',
    'debitura-collect/jsx': 'src/widget',
    'debitura-collect/vue': 'src/widget',
    'debitura-collect/react': 'src/react',
    'debitura-collect/console': 'src/console',
    'debitura-collect/console/jsx': 'src/console',
    'debitura-collect/console/vue': 'src/console',
    'debitura-collect/server': 'src/server',
    'debitura-collect/sandbox': 'src/sandbox',
  },
};

/** @param {string} path @param {string} folder */
const isInside = (path, folder) => path === folder || path.startsWith(`${folder}/`);

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each part of src/ to the parts it is allowed to import.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          parts: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          packageEntries: { type: 'object', additionalProperties: { type: 'string' } },
        },
        required: ['root', 'parts'],
        additionalProperties: false,
      },
    ],
    messages: {
      crossing: '{{part}} may not import {{target}}; it may import {{allowed}} and npm packages.',
    },
  },
  create(context) {
    const { root, parts, packageEntries = {} } = /** @type {Options} */ (context.options[0]);
    const toRootPath = (/** @type {string} */ path) => relative(root, path).split(sep).join('/');
    const file = toRootPath(context.filename);
    // The innermost part holding this file (parts do not nest today, but the longest match is the right one).
    const part = Object.keys(parts)
      .filter((folder) => isInside(file, folder))
      .sort((a, b) => b.length - a.length)[0];
    if (!part) return {};
    const allowed = [part, ...(parts[part] ?? [])];

    /** @param {import('estree').Node} node @param {unknown} specifier */
    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      let target;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        target = toRootPath(resolve(dirname(context.filename), specifier));
      } else {
        const entry = Object.keys(packageEntries).find((name) => specifier === name);
        if (!entry) return; // an npm package
        target = packageEntries[entry] ?? entry;
      }
      if (allowed.some((folder) => isInside(target, folder))) return;
      context.report({ node, messageId: 'crossing', data: { part, target, allowed: allowed.join(', ') } });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      // `import('../server/index.js').Handler` in a type position (typescript-eslint's TSImportType node).
      /** @param {any} node */
      TSImportType: (node) => check(node, node.argument?.literal?.value),
    };
  },
};
