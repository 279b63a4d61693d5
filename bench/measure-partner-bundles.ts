// What the widget adds to a partner's app, in each bundler partners build with: the React example (demo/react)
// built with Vite, and the Next.js example (demo/next) built with Turbopack (`next build`, Next 16's default) and
// with webpack (`next build --webpack`), all on the packed package as npm installs it. Each app's page is built
// with the widget and without it (the <DebituraCollect> element and its import taken out, nothing else). The
// difference in the JavaScript the built HTML loads at first (gzip -9 of each file) is what the widget costs a
// partner's first load; the chunks that JavaScript can load later are what it loads on demand. The views (dist/esm's
// new-case-view, case-list-view, …) must stay out of the first load: a bundler that pulled them in would ship
// every view to every page.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { buildExampleApp, resolveFromInstalledPackage } from '../scripts/example-apps.js';
import { buildNextExample, nextExampleDir } from '../scripts/next-example.js';
import { installPackedPackage, packPackage } from '../scripts/packed-package.js';
import { gzipSize, kilobytes } from './bundle-sizes.js';
import { budgetRow, type BenchRow } from './table.js';

const budgetBytes = 60_000;

export interface SizedFile {
  /** Inside the app's build output, e.g. `static/chunks/0cz1d0mv5g_q7.js` or `assets/index-Bx3.js`. */
  file: string;
  gzip: number;
}

export interface PartnerBundle {
  bundler: 'Vite' | 'Turbopack' | 'webpack';
  /** The tool that ran it and the example it built, e.g. `Next 16.4.6, demo/next`. */
  app: string;
  /** The JavaScript the page loads at first, with the widget and without it. */
  withWidget: SizedFile[];
  withoutWidget: SizedFile[];
  /** gzip bytes the widget adds to the first load, and in chunks loaded on demand. */
  firstLoad: number;
  onDemand: number;
  onDemandFiles: SizedFile[];
  /** Views whose code is in the first load (none, when the bundler keeps them on demand). */
  viewsInFirstLoad: string[];
  /** Views found in no chunk at all: their tags must have changed, and the check above is blind to them. */
  viewsNotFound: string[];
  buildSeconds: number;
}

export interface PartnerBundlesResult {
  views: string[];
  apps: PartnerBundle[];
}

/** The example's source with the <DebituraCollect … /> element and its import taken out. */
function withoutWidget(source: string): string {
  const stripped = source
    .replace(/^import \{ DebituraCollect \} from 'debitura-collect\/react';.*\n/m, '')
    .replace(/<DebituraCollect\b[\s\S]*?\/>/, '');
  if (/<DebituraCollect\b|from 'debitura-collect\/react'/.test(stripped)) {
    throw new Error('the example’s widget could not be taken out: its import or element changed shape');
  }
  return stripped;
}

/**
 * The views of the built package by chunk name (`case-detail-view`), each with the tags only its chunk defines
 * (`debitura-case-detail`, `debitura-case-files`, …): a bundle carries the view when one of them is in it as a
 * string. The widget's own templates name the tags too, but inside markup (`<debitura-case-list`), never quoted.
 */
function viewTags(esmDir: string): Map<string, string[]> {
  const files = readdirSync(esmDir).filter((name) => name.endsWith('.js'));
  const viewName = (file: string) => /^(.+-view)-[\w-]+\.js$/.exec(file)?.[1];
  const quotedTags = (file: string) =>
    new Set([...readFileSync(join(esmDir, file), 'utf8').matchAll(/["'`](debitura-[a-z-]+)["'`]/g)].map((m) => m[1]!));
  const elsewhere = new Set(files.filter((file) => !viewName(file)).flatMap((file) => [...quotedTags(file)]));
  const views = new Map<string, string[]>();
  for (const file of files) {
    const name = viewName(file);
    if (!name) continue;
    const tags = [...quotedTags(file)].filter((tag) => !elsewhere.has(tag));
    if (tags.length === 0) throw new Error(`dist/esm/${file} defines no tag of its own to find it by`);
    views.set(name, tags);
  }
  if (views.size === 0) throw new Error('dist/esm has no view chunks (*-view-<hash>.js)');
  return views;
}

function viewsIn(files: string[], views: Map<string, string[]>): string[] {
  const code = files.map((file) => readFileSync(file, 'utf8'));
  return [...views]
    .filter(([, tags]) => tags.some((tag) => code.some((text) => new RegExp(`["'\`]${tag}["'\`]`).test(text))))
    .map(([name]) => name);
}

function scriptsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, name));
}

function sized(root: string, files: string[]): SizedFile[] {
  return files.map((file) => ({ file: relative(root, file), gzip: gzipSize(readFileSync(file)) }));
}

const total = (files: SizedFile[]) => files.reduce((sum, entry) => sum + entry.gzip, 0);

interface BuiltPages {
  root: string;
  withWidget: string[];
  withoutWidget: string[];
  /** Every chunk of the build with the widget, the first load's among them. */
  chunks: string[];
}

/**
 * The chunks a page can load after its first load: those whose file name a file it loads names (webpack's
 * runtime names `<id>.<hash>.js` by its hash), and so on from them. The page without the widget imports nothing
 * on demand, so these are the widget's.
 */
function onDemandChunks(firstLoad: string[], chunks: string[]): string[] {
  const loaded = firstLoad.map((file) => readFileSync(file, 'utf8'));
  const pending = new Map(
    chunks
      .filter((file) => !firstLoad.includes(file))
      .map((file) => {
        const name = basename(file, '.js');
        return [file, /^\w+\.([\da-f]{16,})$/.exec(name)?.[1] ?? name] as const;
      }),
  );
  const reached: string[] = [];
  let found: boolean;
  do {
    found = false;
    for (const [file, token] of pending) {
      if (!loaded.some((code) => code.includes(token))) continue;
      pending.delete(file);
      reached.push(file);
      loaded.push(readFileSync(file, 'utf8'));
      found = true;
    }
  } while (found);
  return reached.sort();
}

function measured(
  bundler: PartnerBundle['bundler'],
  app: string,
  pages: BuiltPages,
  views: Map<string, string[]>,
  buildSeconds: number,
): PartnerBundle {
  const withWidget = sized(pages.root, pages.withWidget);
  const withoutWidget = sized(pages.root, pages.withoutWidget);
  const onDemand = onDemandChunks(pages.withWidget, pages.chunks);
  const onDemandFiles = sized(pages.root, onDemand);
  const inFirstLoad = viewsIn(pages.withWidget, views);
  const onDemandViews = viewsIn(onDemand, views);
  return {
    bundler,
    app,
    withWidget,
    withoutWidget,
    firstLoad: total(withWidget) - total(withoutWidget),
    onDemand: total(onDemandFiles),
    onDemandFiles,
    viewsInFirstLoad: inFirstLoad,
    viewsNotFound: [...views.keys()].filter((name) => !inFirstLoad.includes(name) && !onDemandViews.includes(name)),
    buildSeconds,
  };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
}

/** The example's main.jsx without the widget, for the Vite build of the page without it. */
function reactExampleWithoutWidget(): Plugin {
  const mainFile = `${sep}demo${sep}react${sep}main.jsx`;
  return {
    name: 'react-example-without-widget',
    enforce: 'pre',
    transform: (code, id) => (id.split('?')[0]!.endsWith(mainFile) ? withoutWidget(code) : null),
  };
}

/** What the built index.html loads at first: its module script and the chunks it preloads. */
function viteFirstLoad(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [...new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => join(outDir, m[1]!)))];
}

async function buildWithVite(appDir: string, views: Map<string, string[]>): Promise<PartnerBundle> {
  const [pages, seconds] = await timed(async () => {
    const outDirs = { with: join(appDir, 'vite-with-widget'), without: join(appDir, 'vite-without-widget') };
    const installed = resolveFromInstalledPackage(appDir);
    await buildExampleApp('react', outDirs.with, { plugins: [installed] }, { minify: true });
    await buildExampleApp(
      'react',
      outDirs.without,
      { plugins: [installed, reactExampleWithoutWidget()] },
      { minify: true },
    );
    const withoutWidget = viteFirstLoad(outDirs.without);
    const leftOver = onDemandChunks(withoutWidget, scriptsUnder(outDirs.without));
    if (leftOver.length > 0) {
      throw new Error(`the React example without the widget loads chunks on demand: ${leftOver.join(', ')}`);
    }
    return { root: appDir, withWidget: viteFirstLoad(outDirs.with), withoutWidget, chunks: scriptsUnder(outDirs.with) };
  });
  return measured('Vite', `Vite ${packageVersion('vite')}, demo/react`, pages, views, seconds);
}

/**
 * The Next example's pages in `appDir`: `/` as demo/next has it, and `/without-widget`, the same page without
 * the widget. One build gives both, so the framework's chunks are the same files in each.
 */
function writeNextApp(appDir: string): void {
  const example = (file: string) => join(nextExampleDir, file);
  mkdirSync(join(appDir, 'app/without-widget'), { recursive: true });
  cpSync(example('tsconfig.json'), join(appDir, 'tsconfig.json'));
  for (const file of ['layout.tsx', 'page.tsx', 'collections.tsx']) {
    cpSync(example(`app/${file}`), join(appDir, 'app', file));
  }
  cpSync(example('app/page.tsx'), join(appDir, 'app/without-widget/page.tsx'));
  writeFileSync(
    join(appDir, 'app/without-widget/collections.tsx'),
    withoutWidget(readFileSync(example('app/collections.tsx'), 'utf8')),
  );
}

/**
 * The folder that holds both the checkout and its node_modules: Turbopack compiles nothing outside its root,
 * and a checkout's node_modules may be a link to another checkout's.
 */
function workspaceRoot(projectRoot: string): string {
  const [checkout, modules] = [projectRoot, join(projectRoot, 'node_modules')].map((path) =>
    realpathSync(path).split(sep),
  );
  let shared = 0;
  while (shared < checkout!.length && checkout![shared] === modules![shared]) shared += 1;
  return checkout!.slice(0, shared).join(sep) || sep;
}

/**
 * The scripts a prerendered page loads at first: its `<script src>` tags (less `noModule` polyfills, which
 * current browsers skip) and the client components' chunks its payload names, which load before hydration.
 */
function nextFirstLoad(distDir: string, html: string): string[] {
  const noModule = new Set(
    [...html.matchAll(/<script\b[^>]*>/g)]
      .filter(([tag]) => /\bnomodule\b/i.test(tag))
      .flatMap(([tag]) => /\bsrc="\/_next\/([^"]+)"/.exec(tag)?.[1] ?? []),
  );
  const named = new Set([...html.matchAll(/(static\/[^"'\\\s]+?\.js)\b/g)].map((m) => m[1]!));
  return [...named].filter((file) => !noModule.has(file)).map((file) => join(distDir, file));
}

async function buildWithNext(
  appDir: string,
  root: string,
  bundler: 'turbopack' | 'webpack',
  views: Map<string, string[]>,
): Promise<PartnerBundle> {
  const distDir = join(appDir, `.next-${bundler}`);
  // Type-checking is package-next.test.ts's business; this build measures bundles. No rewrites: nothing runs.
  const config = {
    distDir: relative(appDir, distDir),
    typescript: { ignoreBuildErrors: true },
    turbopack: { root },
    outputFileTracingRoot: root,
  };
  writeFileSync(join(appDir, 'next.config.mjs'), `export default ${JSON.stringify(config, null, 2)};\n`);
  const [, seconds] = await timed(() => buildNextExample('http://127.0.0.1', { appDir, bundler }));
  const page = (name: string) =>
    nextFirstLoad(distDir, readFileSync(join(distDir, 'server/app', `${name}.html`), 'utf8'));
  const pages: BuiltPages = {
    root: distDir,
    withWidget: page('index'),
    withoutWidget: page('without-widget'),
    chunks: scriptsUnder(join(distDir, 'static/chunks')),
  };
  const name = bundler === 'turbopack' ? 'Turbopack' : 'webpack';
  return measured(name, `Next ${packageVersion('next')}, demo/next`, pages, views, seconds);
}

function packageVersion(name: string): string {
  const manifest = new URL(`../node_modules/${name}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function listed(files: SizedFile[]): string {
  return files.map(({ file, gzip }) => `${file.split('/').pop()} ${kilobytes(gzip)}`).join(', ') || 'none';
}

function appRow(app: PartnerBundle): BenchRow {
  const withoutFiles = new Set(app.withoutWidget.map(({ file }) => file));
  const withFiles = new Set(app.withWidget.map(({ file }) => file));
  const shared = app.withWidget.filter(({ file }) => withoutFiles.has(file));
  const note = [
    `${app.app}, built in ${app.buildSeconds.toFixed(0)} s`,
    `first load with the widget ${kilobytes(total(app.withWidget))} in ${app.withWidget.length} files, without it ${kilobytes(total(app.withoutWidget))} in ${app.withoutWidget.length} (${shared.length} the same: ${kilobytes(total(shared))})`,
    `only with the widget: ${listed(app.withWidget.filter(({ file }) => !withoutFiles.has(file)))}`,
    `only without it: ${listed(app.withoutWidget.filter(({ file }) => !withFiles.has(file)))}`,
    `on demand: ${app.onDemandFiles.length} chunks, ${listed(app.onDemandFiles)}`,
    `views in the first load: ${app.viewsInFirstLoad.join(', ') || 'none'}`,
  ].join('; ');
  return budgetRow(
    `partner app, ${app.bundler}: what the widget adds to the first load, gzip`,
    `${kilobytes(app.firstLoad)} (+ ${kilobytes(app.onDemand)} on demand)`,
    app.firstLoad / 1000,
    '≤ 60 kB gzip',
    (value) => value * 1000 <= budgetBytes,
    note,
  );
}

function viewsRow(views: string[], apps: PartnerBundle[]): BenchRow {
  const inFirstLoad = apps.flatMap((app) => app.viewsInFirstLoad.map((view) => `${view} (${app.bundler})`));
  const notFound = apps.flatMap((app) => app.viewsNotFound.map((view) => `${view} (${app.bundler})`));
  const note = [
    `views: ${views.join(', ')}`,
    `in a first load: ${inFirstLoad.join(', ') || 'none'}`,
    ...(notFound.length > 0 ? [`found in no chunk, so not checked: ${notFound.join(', ')}`] : []),
  ].join('; ');
  return budgetRow(
    `partner apps (${apps.map((app) => app.bundler).join(', ')}): views in the widget's first load`,
    `${inFirstLoad.length} of ${views.length * apps.length}`,
    inFirstLoad.length + notFound.length,
    'none',
    (value) => value === 0,
    note,
  );
}

export async function measurePartnerBundles(
  projectRoot: string,
): Promise<{ rows: BenchRow[]; result: PartnerBundlesResult }> {
  // Beside demo/next, so the copied pages' `../../example-app.css` is the example's stylesheet; a package of its
  // own, so `debitura-collect` is the packed package in its node_modules.
  const appDir = mkdtempSync(join(projectRoot, 'demo', '.partner-bundles-'));
  try {
    const packed = await packPackage();
    try {
      await installPackedPackage(packed.tarball, appDir);
    } finally {
      packed.remove();
    }
    const views = viewTags(join(appDir, 'node_modules/debitura-collect/dist/esm'));
    writeNextApp(appDir);
    const root = workspaceRoot(projectRoot);
    // One after another: each build takes both cores.
    const apps = [
      await buildWithVite(appDir, views),
      await buildWithNext(appDir, root, 'turbopack', views),
      await buildWithNext(appDir, root, 'webpack', views),
    ];
    return {
      rows: [...apps.map(appRow), viewsRow([...views.keys()], apps)],
      result: { views: [...views.keys()], apps },
    };
  } finally {
    rmSync(appDir, { recursive: true, force: true });
  }
}
