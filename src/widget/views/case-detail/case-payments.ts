// Money received on the case: each payment with its date, amount, method and who received it, and the total.
import { html, nothing, type TemplateResult } from 'lit';
import type { PaymentDto } from '../../../wire/case-resources.js';
import { formatDate } from '../../format/date.js';
import { formatMoney } from '../../format/money.js';
import type { CasesMessages } from '../../i18n/en/cases.js';
import { parseDebituraInstant } from '../../format/date.js';
import { codeLabel } from './code-label.js';

/** Newest first, which is what a creditor checking for money looks for. */
function newestFirst(payments: readonly PaymentDto[]): PaymentDto[] {
  const time = (payment: PaymentDto) => (payment.date ? (parseDebituraInstant(payment.date)?.getTime() ?? 0) : 0);
  return [...payments].sort((a, b) => time(b) - time(a));
}

/** The total per currency (a case has one currency, but nothing stops a payment from saying otherwise). */
function totals(payments: readonly PaymentDto[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const payment of payments) {
    const currency = payment.currency ?? '';
    sums.set(currency, Math.round(((sums.get(currency) ?? 0) + (payment.grossAmount ?? 0)) * 100) / 100);
  }
  return sums;
}

export function renderCasePayments(
  payments: readonly PaymentDto[],
  text: CasesMessages,
  locale: string,
): TemplateResult {
  const words = text.detail.payments;
  return html`
    <section>
      <h4 id="payments-title">${words.heading}</h4>
      ${
        payments.length === 0
          ? html`<p class="quiet">${words.empty}</p>`
          : html`<div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${words.date}</th>
                    <th scope="col" class="number">${words.amount}</th>
                    <th scope="col">${words.method}</th>
                    <th scope="col">${words.recipient}</th>
                  </tr>
                </thead>
                <tbody>
                  ${newestFirst(payments).map(
                    (payment) =>
                      html`<tr>
                        <td>${formatDate(payment.date, locale)}</td>
                        <td class="number">${formatMoney(payment.grossAmount ?? 0, payment.currency, locale)}</td>
                        <td>${codeLabel(payment.method, words.methods)}</td>
                        <td>${codeLabel(payment.recipient, words.recipients)}</td>
                      </tr>`,
                  )}
                </tbody>
                <tfoot>
                  ${[...totals(payments)].map(
                    ([currency, sum]) =>
                      html`<tr>
                        <th scope="row">${words.total}</th>
                        <td class="number" data-total>${formatMoney(sum, currency || null, locale)}</td>
                        <td colspan="2">${nothing}</td>
                      </tr>`,
                  )}
                </tfoot>
              </table>
            </div>`
      }
    </section>
  `;
}
