// What the script tag costs a page, counted as a browser downloads it: every file of dist/cdn the page
// requests before the form is usable (the widget's `debitura:form-interactive` mark: the script, the widget's
// chunks, the form's), each at its brotli size as a CDN serves it; then what else it requests until the form's
// `debitura-ready` (token and account in: the API code), and, view by view, what a widget showing that view
// fetches on top (for the case view, a case in collection with its sections).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { defaultDemoTenant } from '../demo/backend.js';
import { sandboxCases } from '../demo/sandbox-token.js';
import type { WidgetView } from '../src/widget/events/debitura-events.js';
import { perfMarkNames } from '../src/widget/perf-marks.js';
import { newBenchContext } from './browser.js';
import { brotliSize, kilobytes } from './bundle-sizes.js';
import { benchPagePath, startPageServer } from './page-server.js';
import { byteShares, type ByteShare } from './source-map-breakdown.js';
import { budgetRow, infoRow, type BenchRow } from './table.js';

export interface FetchedFiles {
  /** Paths inside the repository (`dist/cdn/…`) with their brotli sizes. */
  files: { file: string; brotli: number }[];
  brotli: number;
}

export interface FirstViewResult {
  firstView: FetchedFiles;
  /** Requested after the form was usable, until it was connected (`debitura-ready`). */
  untilConnected: FetchedFiles;
  /** Fetched on top of the first view when a widget first shows each further view. */
  furtherViews: Partial<Record<WidgetView, FetchedFiles>>;
  /** What takes the bytes of the first view's scripts, by npm package or source folder, largest first. */
  firstViewShares: ByteShare[];
}

const firstViewBudgetBytes = 25_000;
const furtherViewBudgetBytes = 10_000;
const furtherViews: WidgetView[] = ['cases', 'case', 'tasks', 'payments', 'overview'];

/** A case of the bench's tenant in active collection, so its page shows the sections such a case has. */
async function collectingCaseId(origin: string): Promise<string> {
  const list = await sandboxCases(defaultDemoTenant, 'PageSize=100', origin);
  const collecting = list.cases?.find((item) => item.lifecycle === 'Active');
  if (!collecting?.id) throw new Error(`${defaultDemoTenant} has no active case among its latest 100`);
  return collecting.id;
}

export async function measureFirstView(
  browser: Browser,
  projectRoot: string,
): Promise<{ rows: BenchRow[]; result: FirstViewResult }> {
  const server = await startPageServer(projectRoot);
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    let requested = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname.slice(1);
      if (path.startsWith('dist/cdn/')) requested.add(path);
    });
    const fetched = (paths: Iterable<string>): FetchedFiles => {
      const files = [...paths].sort().map((file) => ({
        file,
        brotli: brotliSize(readFileSync(join(projectRoot, file))),
      }));
      return { files, brotli: files.reduce((sum, entry) => sum + entry.brotli, 0) };
    };
    const fetchedSinceLast = (): FetchedFiles => {
      const files = fetched(requested);
      requested = new Set();
      return files;
    };
    await page.goto(`${server.origin}${benchPagePath}`);
    await page.evaluate(() => window.benchMountWidget({ view: 'new-case' }));
    // The page's own record of when each file was asked for, against the moment the form became usable.
    const beforeUsable = await page.evaluate((usableMark) => {
      const usableAt = performance.getEntriesByName(usableMark)[0]?.startTime;
      if (usableAt === undefined) throw new Error(`the form set no ${usableMark} mark`);
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < usableAt)
        .map((entry) => new URL(entry.name).pathname.slice(1));
    }, perfMarkNames.formInteractive);
    const untilReady = fetchedSinceLast();
    const usablePaths = new Set(untilReady.files.map(({ file }) => file).filter((file) => beforeUsable.includes(file)));
    const firstView = fetched(usablePaths);
    const untilConnected = fetched(untilReady.files.map(({ file }) => file).filter((file) => !usablePaths.has(file)));
    const further: Partial<Record<WidgetView, FetchedFiles>> = {};
    const caseId = await collectingCaseId(server.origin);
    for (const view of furtherViews) {
      await page.evaluate(
        ({ shown, id }) => window.benchMountWidget({ view: shown, ...(shown === 'case' && { caseId: id }) }),
        { shown: view, id: caseId },
      );
      // A case's sections follow the view beside its data: count them as part of opening a case, once none of
      // them is loading any more.
      if (view === 'case') {
        await page.waitForFunction(() => {
          const detail = document
            .querySelector('debitura-collect[data-bench][view="case"]')
            ?.shadowRoot?.querySelector('debitura-case-detail')?.shadowRoot;
          return !!detail?.querySelector('section') && !detail.querySelector('[aria-busy="true"]');
        });
      }
      further[view] = fetchedSinceLast();
    }
    const scripts = firstView.files
      .filter(({ file }) => file.endsWith('.js'))
      .map(({ file }) => join(projectRoot, file));
    const listed = (fetched: FetchedFiles) =>
      fetched.files.map(({ file, brotli }) => `${file.slice('dist/cdn/'.length)} ${kilobytes(brotli)}`).join(', ');
    return {
      rows: [
        budgetRow(
          'script tag: downloaded before the form is usable, brotli',
          kilobytes(firstView.brotli),
          firstView.brotli / 1000,
          '≤ 25 kB',
          (value) => value * 1000 <= firstViewBudgetBytes,
          `${firstView.files.length} files: ${listed(firstView)}`,
        ),
        infoRow(
          'script tag: then, until the form is connected (token and account checked), brotli',
          kilobytes(untilConnected.brotli),
          `${untilConnected.files.length} files: ${listed(untilConnected)}`,
        ),
        ...furtherViews.map((view) => {
          const fetched = further[view]!;
          return budgetRow(
            `script tag: \`${view}\` view on demand, brotli`,
            kilobytes(fetched.brotli),
            fetched.brotli / 1000,
            '≤ 10 kB',
            (value) => value * 1000 <= furtherViewBudgetBytes,
            `${fetched.files.length} files: ${listed(fetched)}`,
          );
        }),
      ],
      result: { firstView, untilConnected, furtherViews: further, firstViewShares: byteShares(scripts) },
    };
  } finally {
    await context.close();
    await server.close();
  }
}
