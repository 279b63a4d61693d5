// Element connected → form interactive: a fresh page per run (token fetch, account load and first render
// included), median and p95. Uses the widget's own User Timing marks when it sets them; otherwise the time
// from appending the element to its first `debitura-ready` event (fired once the form has rendered).
import type { Browser } from 'playwright-core';
import { perfMarkNames } from '../src/widget/perf-marks.js';
import { newBenchContext, openBenchPage } from './browser.js';
import { startPageServer } from './page-server.js';
import { median, percentile } from './stats.js';
import { budgetRow, type BenchRow } from './table.js';

export interface InteractiveResult {
  runs: number;
  source: 'marks' | 'outside';
  outsideMs: number[];
  marksMs: number[];
  /** Resource Timing durations of the two requests on the way: token endpoint POST and account GET /me. */
  tokenRequestMs: number[];
  accountRequestMs: number[];
}

const runs = 25;
const budgetMs = 50;

export async function measureInteractive(
  browser: Browser,
  projectRoot: string,
): Promise<{ rows: BenchRow[]; result: InteractiveResult }> {
  const server = await startPageServer(projectRoot);
  const context = await newBenchContext(browser);
  const outsideMs: number[] = [];
  const marksMs: number[] = [];
  const tokenRequestMs: number[] = [];
  const accountRequestMs: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const page = await openBenchPage(context, server.origin);
      const timing = await page.evaluate(async (names) => {
        const { appendedAt, readyAt } = await window.benchMountWidget({ view: 'new-case' });
        const connected = performance.getEntriesByName(names.connected)[0];
        const interactive = performance.getEntriesByName(names.formInteractive)[0];
        const resources = performance.getEntriesByType('resource');
        const duration = (suffix: string) =>
          resources.find((entry) => new URL(entry.name).pathname.endsWith(suffix))?.duration ?? null;
        return {
          outside: readyAt - appendedAt,
          marks: connected && interactive ? interactive.startTime - connected.startTime : null,
          token: duration('/api/debitura/token'),
          account: duration('/me'),
        };
      }, perfMarkNames);
      outsideMs.push(timing.outside);
      if (timing.marks !== null) marksMs.push(timing.marks);
      if (timing.token !== null) tokenRequestMs.push(timing.token);
      if (timing.account !== null) accountRequestMs.push(timing.account);
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }

  const source = marksMs.length === outsideMs.length ? 'marks' : 'outside';
  const figures = source === 'marks' ? marksMs : outsideMs;
  const middle = median(figures);
  const note =
    source === 'marks'
      ? `${perfMarkNames.connected} → ${perfMarkNames.formInteractive} (the widget's marks); fresh page per run, ${runs} runs`
      : `measured from outside: append → first debitura-ready (the widget sets no ${perfMarkNames.formInteractive} mark yet); fresh page per run, ${runs} runs`;
  const requests = `of which requests (median): token POST ${median(tokenRequestMs).toFixed(1)} ms, GET /me ${median(accountRequestMs).toFixed(1)} ms`;
  return {
    rows: [
      budgetRow(
        'connected → form interactive (sandbox, headless Chromium)',
        `median ${middle.toFixed(1)} ms, p95 ${percentile(figures, 95).toFixed(1)} ms`,
        middle,
        '≤ 50 ms median',
        (value) => value <= budgetMs,
        `${note}; ${requests}`,
      ),
    ],
    result: { runs, source, outsideMs, marksMs, tokenRequestMs, accountRequestMs },
  };
}
