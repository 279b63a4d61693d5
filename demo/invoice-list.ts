// The partner's own list of overdue invoices with a "Send to collection" button on each, as an invoicing app
// would show it. The button hands the invoice to the widget's `draft` and brings the new-case form into view.
import type { DebituraCollect } from '../src/widget/index.js';
import { partnerInvoices } from './partner-invoices.js';

function cell(text: string, header = false): HTMLTableCellElement {
  const element = document.createElement(header ? 'th' : 'td');
  if (header) element.scope = 'row';
  element.textContent = text;
  return element;
}

function amountText(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount);
  } catch {
    return `${currency} ${amount}`; // a currency code Intl does not know: show it as the app holds it
  }
}

export function mountInvoiceList(body: HTMLTableSectionElement, widget: DebituraCollect): void {
  body.replaceChildren(
    ...partnerInvoices.map((invoice) => {
      const row = document.createElement('tr');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Send to collection';
      button.setAttribute('aria-label', `Send to collection: invoice ${invoice.number}`);
      button.addEventListener('click', () => {
        widget.draft = invoice.draft;
        widget.view = 'new-case';
        widget.scrollIntoView({ block: 'start' });
      });
      const action = document.createElement('td');
      action.append(button);
      row.append(
        cell(invoice.number, true),
        cell(invoice.customer),
        cell(invoice.dueDate),
        cell(amountText(invoice.amount, invoice.currency)),
        action,
      );
      return row;
    }),
  );
}
