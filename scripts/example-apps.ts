// Builds the React and Vue example apps (demo/react, demo/vue) with Vite as a partner's app is built: the
// package resolved by its name, React's automatic JSX runtime, Vue's full build with its compile-time flags.
// `resolve` decides what the name means: the sources (the repository's aliases) or the packed package.
import { build, type Alias, type Plugin } from 'vite';
import { join } from 'node:path';
import { projectRoot } from './packed-package.js';

export type ExampleApp = 'react' | 'vue';

export interface ExampleResolution {
  alias?: Alias[];
  plugins?: Plugin[];
}

/**
 * Writes `demo/<app>`'s production build (index.html and assets/) to `outDir`, unminified unless `minify` (as a
 * partner's production build is, for measuring what it downloads).
 */
export async function buildExampleApp(
  app: ExampleApp,
  outDir: string,
  resolution: ExampleResolution,
  { minify = false }: { minify?: boolean } = {},
): Promise<void> {
  await build({
    configFile: false,
    root: join(projectRoot, 'demo', app),
    logLevel: 'error',
    plugins: resolution.plugins ?? [],
    resolve: { alias: resolution.alias ?? [] },
    // Vite 8 transforms with Oxc; this is esbuild's `jsx: 'automatic'` (React 17+ runtime, no React import).
    oxc: { jsx: { runtime: 'automatic' } },
    // Vue's full build reads these compile-time flags.
    define: {
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    build: { outDir, emptyOutDir: true, minify },
  });
}

/**
 * Resolves `debitura-collect` and its subpaths as a bare import from `appDir` would: through the `exports` of
 * `<appDir>/node_modules/debitura-collect` (where `installPackedPackage` unpacks the tarball).
 */
export function resolveFromInstalledPackage(appDir: string): Plugin {
  // An importer that exists: Vite resolves from its own root instead when the importer is not a file.
  const importer = join(appDir, 'package.json');
  return {
    name: 'debitura-collect-installed',
    enforce: 'pre',
    resolveId(source, _importer, options) {
      if (source !== 'debitura-collect' && !source.startsWith('debitura-collect/')) return null;
      return this.resolve(source, importer, { ...options, skipSelf: true });
    },
  };
}
