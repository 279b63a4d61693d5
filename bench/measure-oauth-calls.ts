// Upstream /oauth/token calls per tenant for 100 page loads, against a fresh dev backend (every tenant starts
// without a cached token). Pages load four at a time, all four as the same tenant, so each tenant's first
// batch asks the token endpoint concurrently; every page mounts two widgets.
import type { Browser } from 'playwright-core';
import { newBenchContext, openBenchPage, signInAs } from './browser.js';
import { startPageServer } from './page-server.js';
import { budgetRow, type BenchRow } from './table.js';

export interface OauthCallsResult {
  pageLoads: number;
  callsByTenant: Record<string, number>;
}

const pageLoads = 100;
const pagesAtOnce = 4;
const widgetsPerPage = 2;
/** Seeded tenants that can get a token (the others are not linked: their token requests fail on purpose). */
const tenants = ['acme-ready', 'unsigned-contract', 'kyc-required', 'blocked-creditor'];

export async function measureOauthCalls(
  browser: Browser,
  projectRoot: string,
): Promise<{ rows: BenchRow[]; result: OauthCallsResult }> {
  const server = await startPageServer(projectRoot);
  try {
    for (let batch = 0; batch < pageLoads / pagesAtOnce; batch += 1) {
      const tenant = tenants[batch % tenants.length]!;
      await Promise.all(
        Array.from({ length: pagesAtOnce }, async () => {
          // A context per page load: its own cookie jar and an empty in-page token registry, like a new tab.
          const context = await newBenchContext(browser);
          try {
            await signInAs(context, server.origin, tenant);
            const page = await openBenchPage(context, server.origin);
            await page.evaluate(async (count) => {
              await Promise.all(Array.from({ length: count }, () => window.benchMountWidget({ view: 'new-case' })));
            }, widgetsPerPage);
          } finally {
            await context.close();
          }
        }),
      );
    }
    const callsByTenant = Object.fromEntries(
      tenants.map((tenant) => [tenant, server.oauthTokenCalls.get(tenant) ?? 0]),
    );
    for (const [tenant, calls] of server.oauthTokenCalls) callsByTenant[tenant] = calls;
    const most = Math.max(...Object.values(callsByTenant));
    return {
      rows: [
        budgetRow(
          `upstream /oauth/token calls per tenant, ${pageLoads} page loads`,
          `max ${most} (${Object.entries(callsByTenant)
            .map(([tenant, calls]) => `${tenant} ${calls}`)
            .join(', ')})`,
          most,
          '≤ 1 per tenant',
          (value) => value <= 1,
          `${tenants.length} tenants, ${pagesAtOnce} pages at a time, ${widgetsPerPage} widgets per page, every page waits for debitura-ready; counted by wrapping the dev backend's sandbox fetch`,
        ),
      ],
      result: { pageLoads, callsByTenant },
    };
  } finally {
    await server.close();
  }
}
