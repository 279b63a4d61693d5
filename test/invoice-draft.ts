// The invoice a partner hands to the widget's `draft` in the tests: a Danish company debtor every seeded
// tenant can send, with a reference the caller chooses so no two runs collide.
import type { CaseDraft } from '../src/widget/views/new-case/rules/case-draft.js';

export function nordlysInvoice(creditorReference: string): CaseDraft & { creditorReference: string } {
  return {
    debtor: {
      type: 'Company',
      name: 'Nordlys Trading ApS',
      contactPerson: 'Mette Larsen',
      companyRegistrationNumber: 'DK12345678',
      address: 'Vesterbrogade 12',
      zipCode: '1620',
      city: 'København V',
      countryAlpha2: 'DK',
      email: 'billing@nordlys.example',
      phone: '+45 33 12 34 56',
    },
    amountToRecover: 12500,
    currencyCode: 'dkk',
    date: '2025-11-03',
    dueDate: '2025-12-03T00:00:00Z',
    creditorReference,
    comments: 'Two reminders sent.',
  };
}
