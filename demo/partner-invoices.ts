// Overdue invoices as the demo partner's invoicing app holds them, already in the shape `draft` takes
// (Debitura's own field names). "Send to collection" hands one to the widget, so the user types nothing. The
// last one was imported with mistakes, to show how the form points at what it could not use.
import type { CaseDraft } from '../src/widget/index.js';

export interface PartnerInvoice {
  number: string;
  customer: string;
  /** What the list shows in its amount column. */
  amount: number;
  currency: string;
  dueDate: string;
  draft: CaseDraft;
}

export const partnerInvoices: readonly PartnerInvoice[] = [
  {
    number: 'NW-1042',
    customer: 'Nordlys Trading ApS',
    amount: 12500,
    currency: 'DKK',
    dueDate: '2025-10-31',
    draft: {
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
      currencyCode: 'DKK',
      date: '2025-10-01',
      dueDate: '2025-10-31',
      creditorReference: 'NW-1042',
      comments: 'Two reminders sent (14 and 28 November); no answer since.',
    },
  },
  {
    number: 'NW-1057',
    customer: 'Brandt & Söhne GmbH',
    amount: 3480.5,
    currency: 'EUR',
    dueDate: '2025-11-15',
    draft: {
      debtor: {
        type: 'Company',
        name: 'Brandt & Söhne GmbH',
        contactPerson: 'Jana Brandt',
        address: 'Hauptstraße 5',
        zipCode: '80331',
        city: 'München',
        countryAlpha2: 'DE',
        email: 'buchhaltung@brandt-soehne.example',
      },
      amountToRecover: 3480.5,
      currencyCode: 'EUR',
      date: '2025-10-16',
      dueDate: '2025-11-15',
      creditorReference: 'NW-1057',
    },
  },
  {
    number: 'NW-1063',
    customer: 'Johan Ek',
    amount: 8200,
    currency: 'SEK',
    dueDate: '2025-09-30',
    draft: {
      debtor: {
        type: 'Private',
        name: 'Johan Ek',
        address: 'Storgatan 3',
        zipCode: '111 22',
        city: 'Stockholm',
        countryAlpha2: 'SE',
        email: 'johan.ek@example.se',
      },
      amountToRecover: 8200,
      currencyCode: 'SEK',
      date: '2025-09-01',
      dueDate: '2025-09-30',
      creditorReference: 'NW-1063',
    },
  },
  {
    number: 'NW-1071',
    customer: 'Atlas Freight Ltd (imported with errors)',
    amount: 950,
    currency: 'GBX',
    dueDate: '31/12/2025',
    draft: {
      debtor: {
        type: 'Company',
        name: 'Atlas Freight Ltd',
        address: '4 Dock Road',
        city: 'Bristol',
        countryAlpha2: 'GB',
      },
      amountToRecover: 950,
      currencyCode: 'GBX',
      date: '2025-11-01',
      dueDate: '31/12/2025',
      creditorReference: 'NW-1071',
    },
  },
];
