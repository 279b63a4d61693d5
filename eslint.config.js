// The lint gate (`npm run lint`, part of `npm test`): type-aware typescript-eslint, Lit template and
// accessibility rules, custom-element rules, and the import boundaries between the package's parts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import { importBoundaries, packageBoundaries } from './build/lint-import-boundaries.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Code that runs in the browser and renders Lit templates. */
const browserCode = [
  'src/widget/**/*.ts',
  'src/console/**/*.ts',
  'src/react/**/*.ts',
  'demo/**/*.ts',
  'test/browser/**/*.ts',
];

export default defineConfig(
  {
    // demo/next is its own app, type-checked by `next build` against the packed package its test installs; before
    // that install (a clean clone) its imports of the package cannot resolve. demo/.partner-bundles-* are copies of
    // it that the benchmark builds and removes.
    ignores: [
      '**/dist/',
      '**/.next/',
      'coverage/',
      'test/screenshots/',
      'demo/**/*.jsx',
      'demo/next/',
      'demo/.partner-bundles-*/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's describe/it return promises the runner itself awaits.
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
            // semantic-dom-diff types every chai `equal` as a promise (only its snapshot form is one).
            { from: 'package', package: 'chai', name: 'Equal' },
          ],
        },
      ],
      // Abort reasons and caught errors are passed on as they are (typed `any` or `unknown`).
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
      // `interface HTMLElementEventMap extends PublicEventMap {}` is how a global map is extended.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `declare module 'react' { namespace JSX … }` is how JSX intrinsic elements are typed.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // Interfaces here declare callbacks in method syntax (`now(): Date`) that are implemented as arrow functions
      // and passed around on purpose (clock.now, env.random, context.getToken); the rule cannot tell the two apart.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests inspect untyped JSON answers and stand-ins for typed interfaces; `any` there is the data under test.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Stand-ins are async to match the interface they replace (`fetchToken: async () => 'token'`).
      '@typescript-eslint/require-await': 'off',
      // `querySelector(…) as HTMLInputElement` and friends read better in tests than explicit type arguments.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // chai's property assertions (`expect(x).to.be.true`) are expressions; TypeScript catches a misspelt one.
    files: ['test/browser/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: browserCode,
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/recommended']],
    rules: {
      'wc/require-listener-teardown': 'error',
      'wc/no-constructor-params': 'error',
      'wc/no-closed-shadow-root': 'error',
      'wc/no-child-traversal-in-connectedcallback': 'error',
      'wc/no-child-traversal-in-attributechangedcallback': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { debitura: { rules: { 'import-boundaries': importBoundaries } } },
    rules: { 'debitura/import-boundaries': ['error', { root, ...packageBoundaries }] },
  },
);
