// Which case events a change of the store amounts to: new cases are `case.created`, a new lifecycle is
// `case.updated`. Comparing states, instead of hooking each route, catches every path that creates or
// moves a case (POST /cases, POST /clients with cases, the test endpoints, hosted signing pages).
import type { StoredCase } from '../store.js';

/** A case's lifecycle label by lower-case case id. */
export type LifecycleIndex = Map<string, string | null>;

export type CaseChange =
  | { kind: 'created'; stored: StoredCase }
  | { kind: 'lifecycle'; stored: StoredCase; oldLifecycle: string | null; newLifecycle: string | null };

export function lifecycleIndexOf(cases: Iterable<StoredCase>): LifecycleIndex {
  const index: LifecycleIndex = new Map();
  for (const stored of cases)
    if (stored.invoice.id) index.set(stored.invoice.id.toLowerCase(), stored.invoice.lifecycle ?? null);
  return index;
}

/** The changes from `before` to `cases`, in the cases' order. Deleted cases raise no event. */
export function caseChangesSince(before: LifecycleIndex, cases: Iterable<StoredCase>): CaseChange[] {
  const changes: CaseChange[] = [];
  for (const stored of cases) {
    const id = stored.invoice.id?.toLowerCase();
    if (!id) continue;
    const newLifecycle = stored.invoice.lifecycle ?? null;
    if (!before.has(id)) changes.push({ kind: 'created', stored });
    else if (before.get(id) !== newLifecycle)
      changes.push({ kind: 'lifecycle', stored, oldLifecycle: before.get(id) ?? null, newLifecycle });
  }
  return changes;
}
