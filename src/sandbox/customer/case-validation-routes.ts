// GET /cases/{id}/validation: what the collection partner needs from the creditor before a case in
// "More Info Required" can go on. The items are made up from the case itself, the same on every call.
import type { Hono } from 'hono';
import type { CaseValidationItemDto, CaseValidationStatusDto } from '../../wire/case-resources.js';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import type { StoredCase } from '../state.js';
import { findTenantCase } from './case-lookup.js';

const possibleItems: readonly CaseValidationItemDto[] = [
  {
    resolutionArea: 'ProvideDocuments',
    description: 'Upload the original invoice and any reminders you sent the debtor.',
  },
  {
    resolutionArea: 'CorrectDebtorAddress',
    description: 'The debtor address could not be verified. Check the street and postcode.',
  },
  {
    resolutionArea: 'ConfirmAmount',
    description: 'Confirm the outstanding amount, including any partial payments received.',
  },
];

function validationItemsOf(stored: StoredCase): CaseValidationItemDto[] {
  // A stable pick per case: one or two items, chosen by the case reference.
  const seed = [...(stored.invoice.reference ?? '')].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const first = seed % possibleItems.length;
  const items = [possibleItems[first]!];
  if (seed % 2 === 0) items.push(possibleItems[(first + 1) % possibleItems.length]!);
  return items;
}

export function addCaseValidationRoutes(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  app.get('/cases/:id/validation', (c) => {
    const stored = findTenantCase(ctx, c);
    if (stored instanceof Response) return stored;
    const needsInfo = stored.invoice.validation?.needsInfo === true;
    const body: CaseValidationStatusDto = { needsInfo, items: needsInfo ? validationItemsOf(stored) : [] };
    return c.json(body, 200);
  });
}
