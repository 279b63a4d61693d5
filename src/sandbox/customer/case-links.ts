// Where a person resolves something on a case in the creditor app: the `solutionUrl` of tasks that have
// no signing page of their own. Mirrors Debitura's path shape on the sandbox's own origin (hosted/urls.ts).
import type { SandboxContext } from '../context.js';

export type CaseSection = 'chat' | 'quotes' | 'payouts';

export function caseCollectionUrl(ctx: SandboxContext, caseId: string, section: CaseSection): string {
  return ctx.hostedUrl(`/creditor/cases/${caseId}#${section}`);
}
