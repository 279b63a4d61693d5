// Middleware that turns what a request did to the cases into case events.
//
// One index of the last seen lifecycles is shared by all requests (not a snapshot per request), so
// requests that overlap never report the same change twice. The index is only kept while the partner
// has a subscription: without one no event has a receiver and the comparison would be wasted work.
import type { MiddlewareHandler } from 'hono';
import type { SandboxContext } from '../context.js';
import { caseChangesSince, lifecycleIndexOf, type CaseChange, type LifecycleIndex } from './case-changes.js';

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function watchCaseChanges(
  ctx: SandboxContext,
  hasSubscriptions: () => boolean,
  publish: (changes: CaseChange[]) => void,
): MiddlewareHandler {
  let known: LifecycleIndex | null = null;

  function catchUp(): void {
    if (!hasSubscriptions()) {
      known = null;
      return;
    }
    const cases = [...ctx.store.cases.values()];
    // When tracking starts now, what already exists is the baseline, not news.
    const changes = known ? caseChangesSince(known, cases) : [];
    known = lifecycleIndexOf(cases);
    if (changes.length > 0) publish(changes);
  }

  return async (c, next) => {
    if (readOnlyMethods.has(c.req.method)) return next();
    if (!known && hasSubscriptions()) known = lifecycleIndexOf(ctx.store.cases.values());
    try {
      await next();
    } finally {
      // Also after a failed or dropped answer: a case committed before the failure is still news.
      catchUp();
    }
  };
}
