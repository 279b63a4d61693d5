// Element connected → form interactive: a fresh page per run (token fetch, account load and first render
// included), median and p95; once as the sandbox answers, once with 200 ms added to the token endpoint and to
// GET /me, since the form must not wait for either. Uses the widget's own User Timing marks when it sets them;
// otherwise the time from appending the element to its first `debitura-ready` event.
import type { Browser } from 'playwright-core';
import { perfMarkNames } from '../src/widget/perf-marks.js';
import { newBenchContext, openBenchPage } from './browser.js';
import { accountPath, startPageServer, tokenEndpointPath } from './page-server.js';
import { median, percentile } from './stats.js';
import { budgetRow, type BenchRow } from './table.js';

export interface InteractiveRun {
  runs: number;
  /** Added before the token endpoint and GET /me answer. */
  latencyMs: number;
  source: 'marks' | 'outside';
  /** Append → `debitura-ready` (token, account and view ready); the figure when the widget sets no marks. */
  outsideMs: number[];
  marksMs: number[];
  /** Resource Timing durations of the two requests on the way: token endpoint POST and account GET /me. */
  tokenRequestMs: number[];
  accountRequestMs: number[];
  /** Connected → the moment `GET /me` was asked for. */
  accountStartMs: number[];
  /** The backend's own time for GET /me (its Server-Timing), without the way there and back. */
  accountServerMs: number[];
}

export interface InteractiveResult {
  plain: InteractiveRun;
  slow: InteractiveRun;
}

const runs = 25;
const slowRuns = 15;
const addedLatencyMs = 200;
/** DESIGN.md: the form never waits for the network. */
const budgetMs = 20;

export async function measureInteractive(
  browser: Browser,
  projectRoot: string,
): Promise<{ rows: BenchRow[]; result: InteractiveResult }> {
  const plain = await measureRuns(browser, projectRoot, runs, 0);
  const slow = await measureRuns(browser, projectRoot, slowRuns, addedLatencyMs);
  return { rows: [row(plain), row(slow)], result: { plain, slow } };
}

async function measureRuns(
  browser: Browser,
  projectRoot: string,
  count: number,
  latencyMs: number,
): Promise<InteractiveRun> {
  const server = await startPageServer(projectRoot, { latencyMs });
  const context = await newBenchContext(browser);
  const run: InteractiveRun = {
    runs: count,
    latencyMs,
    source: 'outside',
    outsideMs: [],
    marksMs: [],
    tokenRequestMs: [],
    accountRequestMs: [],
    accountStartMs: [],
    accountServerMs: [],
  };
  try {
    for (let index = 0; index < count; index += 1) {
      const page = await openBenchPage(context, server.origin);
      const timing = await page.evaluate(
        async ({ names, paths }) => {
          const { appendedAt, readyAt } = await window.benchMountWidget({ view: 'new-case' });
          const connected = performance.getEntriesByName(names.connected)[0];
          const interactive = performance.getEntriesByName(names.formInteractive)[0];
          const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          const request = (path: string) => resources.find((entry) => new URL(entry.name).pathname === path);
          const token = request(paths.token);
          const account = request(paths.account);
          return {
            ready: readyAt - appendedAt,
            marks: connected && interactive ? interactive.startTime - connected.startTime : null,
            token: token?.duration ?? null,
            account: account?.duration ?? null,
            accountStart: account && connected ? account.startTime - connected.startTime : null,
            accountServer: account?.serverTiming.find((entry) => entry.name === 'backend')?.duration ?? null,
          };
        },
        { names: perfMarkNames, paths: { token: tokenEndpointPath, account: accountPath } },
      );
      run.outsideMs.push(timing.ready);
      if (timing.marks !== null) run.marksMs.push(timing.marks);
      if (timing.token !== null) run.tokenRequestMs.push(timing.token);
      if (timing.account !== null) run.accountRequestMs.push(timing.account);
      if (timing.accountStart !== null) run.accountStartMs.push(timing.accountStart);
      if (timing.accountServer !== null) run.accountServerMs.push(timing.accountServer);
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
  run.source = run.marksMs.length === run.outsideMs.length ? 'marks' : 'outside';
  return run;
}

function row(run: InteractiveRun): BenchRow {
  const figures = run.source === 'marks' ? run.marksMs : run.outsideMs;
  const middle = median(figures);
  const how =
    run.source === 'marks'
      ? `${perfMarkNames.connected} → ${perfMarkNames.formInteractive} (the widget's marks)`
      : `measured from outside: append → first debitura-ready (the widget sets no ${perfMarkNames.formInteractive} mark)`;
  const ms = (values: number[]) => `${median(values).toFixed(1)} ms`;
  const requests =
    `medians: token POST ${ms(run.tokenRequestMs)}, GET /me ${ms(run.accountRequestMs)} (backend ${ms(run.accountServerMs)}, ` +
    `asked ${ms(run.accountStartMs)} after connect), debitura-ready ${ms(run.outsideMs)} after append`;
  const latency = run.latencyMs > 0 ? `, +${run.latencyMs} ms on token endpoint and GET /me` : '';
  return budgetRow(
    `connected → form interactive (sandbox${latency}, headless Chromium)`,
    `median ${middle.toFixed(1)} ms, p95 ${percentile(figures, 95).toFixed(1)} ms`,
    middle,
    `≤ ${budgetMs} ms median`,
    (value) => value <= budgetMs,
    `${how}; fresh page per run, ${run.runs} runs; ${requests}`,
  );
}
