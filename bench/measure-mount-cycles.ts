// 1,000 mount/unmount cycles of <debitura-collect>, in two passes on fresh pages. Every other cycle waits for
// `debitura-ready` (full load and render); the others unmount at once, mid-load, which is where cleanup is
// hardest. Pass 1: retained heap growth after forced garbage collection (CDP), plus DOM node and listener
// counters. Pass 2 (with timers and listeners recorded): what is still scheduled or attached afterwards.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { newBenchContext, openBenchPage } from './browser.js';
import { instrumentTimersAndListeners, type Leftovers } from './page-instrumentation.js';
import { startPageServer } from './page-server.js';
import { budgetRow, type BenchRow } from './table.js';

export interface MountCyclesResult {
  cycles: number;
  heapBeforeBytes: number;
  heapAfterBytes: number;
  domBefore: DomCounters;
  domAfter: DomCounters;
  leftovers: Leftovers;
}

interface DomCounters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

const cycles = 1000;
const warmupCycles = 20;
const heapBudgetBytes = 500_000;

/** Runs in the page: mount/unmount `count` times, alternating a full load with an immediate unmount. */
async function cycleWidgets(count: number): Promise<void> {
  for (let cycle = 0; cycle < count; cycle += 1) {
    if (cycle % 2 === 0) {
      await window.benchMountWidget({ view: 'new-case' });
      document.querySelector('debitura-collect[data-bench]')?.remove();
    } else {
      const element = document.createElement('debitura-collect');
      element.setAttribute('environment', 'sandbox');
      element.setAttribute('token-endpoint', '/api/debitura/token');
      document.body.append(element);
      await Promise.resolve();
      element.remove();
    }
    // A task boundary per cycle, so network answers and timers get their turn as in a real page.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function settle(page: Page, cdp: CDPSession): Promise<void> {
  // In-flight requests of the last cycles finish, then everything unreachable is collected.
  await page.waitForTimeout(1500);
  for (let round = 0; round < 3; round += 1) await cdp.send('HeapProfiler.collectGarbage');
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function domCounters(cdp: CDPSession): Promise<DomCounters> {
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { documents, nodes, jsEventListeners };
}

export async function measureMountCycles(
  browser: Browser,
  projectRoot: string,
): Promise<{ rows: BenchRow[]; result: MountCyclesResult }> {
  const server = await startPageServer(projectRoot);
  try {
    // Pass 1: memory, on a page with nothing recording.
    const memoryContext = await newBenchContext(browser);
    let heapBeforeBytes: number, heapAfterBytes: number, domBefore: DomCounters, domAfter: DomCounters;
    try {
      const page = await openBenchPage(memoryContext, server.origin);
      const cdp = await memoryContext.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      // Warm-up: the token, the account, Lit's prepared templates and the JIT settle before the baseline.
      await page.evaluate(cycleWidgets, warmupCycles);
      await settle(page, cdp);
      heapBeforeBytes = await heapUsed(cdp);
      domBefore = await domCounters(cdp);
      await page.evaluate(cycleWidgets, cycles);
      await settle(page, cdp);
      heapAfterBytes = await heapUsed(cdp);
      domAfter = await domCounters(cdp);
    } finally {
      await memoryContext.close();
    }

    // Pass 2: timers and listeners, recorded from the first mount on.
    const leftoverContext = await newBenchContext(browser);
    let leftovers: Leftovers;
    try {
      await leftoverContext.addInitScript(instrumentTimersAndListeners);
      const page = await openBenchPage(leftoverContext, server.origin);
      const cdp = await leftoverContext.newCDPSession(page);
      await page.evaluate(() => window.benchStartTracking());
      await page.evaluate(cycleWidgets, cycles);
      await settle(page, cdp);
      leftovers = await page.evaluate(() => window.benchLeftovers());
    } finally {
      await leftoverContext.close();
    }

    const growth = heapAfterBytes - heapBeforeBytes;
    const left = leftovers.timers.length + leftovers.listeners.length;
    const leftNote = [
      ...leftovers.timers.slice(0, 3).map((timer) => `${timer.kind} ${timer.delayMs} ms from ${timer.createdBy}`),
      ...leftovers.listeners
        .slice(0, 3)
        .map((listener) => `'${listener.type}' on ${listener.target} from ${listener.createdBy}`),
    ].join('; ');
    return {
      rows: [
        budgetRow(
          `${cycles.toLocaleString('en')} mount/unmount cycles: retained heap growth`,
          `${(growth / 1e6).toFixed(3)} MB`,
          growth / 1e6,
          '≤ 0.5 MB',
          (value) => value * 1e6 <= heapBudgetBytes,
          `V8 heap used after forced GC (CDP HeapProfiler.collectGarbage), ${(heapBeforeBytes / 1e6).toFixed(2)} → ${(heapAfterBytes / 1e6).toFixed(2)} MB (1 MB = 10^6 B); ` +
            `DOM nodes ${domBefore.nodes} → ${domAfter.nodes}, JS listeners ${domBefore.jsEventListeners} → ${domAfter.jsEventListeners}; half the cycles unmount mid-load`,
        ),
        budgetRow(
          `${cycles.toLocaleString('en')} mount/unmount cycles: timers + listeners left`,
          `${leftovers.timers.length} timers, ${leftovers.listeners.length} listeners`,
          left,
          '0',
          (value) => value === 0,
          left > 0
            ? `still active: ${leftNote}`
            : 'setTimeout/setInterval/requestAnimationFrame and listeners on window, document and non-node targets, recorded in the page',
        ),
      ],
      result: { cycles, heapBeforeBytes, heapAfterBytes, domBefore, domAfter, leftovers },
    };
  } finally {
    await server.close();
  }
}
