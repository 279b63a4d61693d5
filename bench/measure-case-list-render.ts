// Render of 100 case rows: `debitura-case-list` with PageSize 100 against the sandbox, mounted with the context
// a real <debitura-collect> built. The figure is the scripting time of the Lit update (render + DOM commit)
// that put the 100 rows in place; fetching the page and the browser's style and layout work are not in it.
import type { Browser } from 'playwright-core';
import { newBenchContext, openBenchPage } from './browser.js';
import { startPageServer } from './page-server.js';
import { median, percentile } from './stats.js';
import { budgetRow, type BenchRow } from './table.js';

export interface CaseListRenderResult {
  /** The first mount on the page (row template not yet prepared), then the repeated ones. */
  coldMs: number;
  warmMs: number[];
  rows: number;
}

const warmRuns = 20;
/** DESIGN.md's budget for a hundred rows. */
const budgetMs = 5;

export async function measureCaseListRender(
  browser: Browser,
  projectRoot: string,
): Promise<{ rows: BenchRow[]; result: CaseListRenderResult }> {
  const server = await startPageServer(projectRoot);
  const context = await newBenchContext(browser);
  try {
    const page = await openBenchPage(context, server.origin);
    const timings = await page.evaluate(async (runs) => {
      type ListElement = HTMLElement & {
        context: unknown;
        listState: Record<string, unknown>;
        update(changed: unknown): void;
      };
      await window.benchMountWidget({ view: 'cases' });
      const host = document.querySelector('debitura-collect[data-bench]')!;
      const shown = host.shadowRoot!.querySelector('debitura-case-list') as unknown as ListElement | null;
      if (!shown?.context) throw new Error('the widget did not show debitura-case-list with a context');
      const listState = { ...shown.listState, pageSize: 100 };
      // The host stays: its token controller serves the context's client.

      const renderOnce = (): Promise<{ ms: number; rows: number }> => {
        const list = document.createElement('debitura-case-list') as unknown as ListElement;
        list.context = shown.context;
        list.listState = listState;
        const updateOnPrototype = list.update;
        return new Promise<{ ms: number; rows: number }>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('the 100 rows did not render within 10 s')), 10_000);
          // Shadows the prototype's update on this instance only: times each render + commit.
          list.update = function timedUpdate(this: ListElement, changed: unknown) {
            const start = performance.now();
            updateOnPrototype.call(this, changed);
            const ms = performance.now() - start;
            const rows = this.shadowRoot?.querySelectorAll('table:not(.skeleton) tbody tr').length ?? 0;
            if (rows >= 100) {
              clearTimeout(timer);
              resolve({ ms, rows });
            }
          };
          document.body.append(list);
        }).finally(() => list.remove());
      };

      const results: { ms: number; rows: number }[] = [];
      for (let run = 0; run <= runs; run += 1) {
        results.push(await renderOnce());
        // Lets the browser lay out and idle between runs, as between user actions.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      host.remove();
      return results;
    }, warmRuns);
    const [cold, ...warm] = timings;
    const warmMs = warm.map((timing) => timing.ms);
    const middle = median(warmMs);
    return {
      rows: [
        budgetRow(
          'render 100 case rows (scripting)',
          `median ${middle.toFixed(2)} ms, p95 ${percentile(warmMs, 95).toFixed(2)} ms, first ${cold!.ms.toFixed(2)} ms`,
          middle,
          `≤ ${budgetMs} ms`,
          (value) => value <= budgetMs,
          `Lit update (render + commit) of debitura-case-list that put ${cold!.rows} rows in place, PageSize 100, ${warmRuns} runs after a first one; style and layout not included`,
        ),
      ],
      result: { coldMs: cold!.ms, warmMs, rows: cold!.rows },
    };
  } finally {
    await context.close();
    await server.close();
  }
}
