// The creditor app's case page, where the `solutionUrl` of a task without a signing page of its own leads
// (customer/case-links.ts): the case's open tasks, its chat with a reply form (a reply solves the
// ReplyToChat task, as on Debitura), its quotes and its payments. Plain HTML, keyboard-only, no scripts.
import { Hono } from 'hono';
import type { SandboxContext } from '../context.js';
import { isGuid } from '../customer/case-lookup.js';
import { caseTasksOf } from '../customer/case-tasks.js';
import { postCreditorChat } from '../customer/creditor-chat.js';
import { quoteRequestsOf } from '../customer/quote-requests.js';
import { teamMemberByEmail } from '../customer/team-users.js';
import type { StoredCase } from '../state.js';
import { formText, notFound } from './forms.js';
import { escapeHtml, hostedPage } from './page.js';

function list(items: readonly string[], empty: string): string {
  return items.length > 0
    ? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`
    : `<p>${escapeHtml(empty)}</p>`;
}

function casePage(ctx: SandboxContext, stored: StoredCase, error?: string): string {
  const invoice = stored.invoice;
  const money = (amount: number | undefined) => `${(amount ?? 0).toFixed(2)} ${invoice.currency ?? ''}`;
  const tasks = caseTasksOf(ctx, stored)
    .filter((task) => task.status === 'Open')
    .map((task) => `<strong>${escapeHtml(task.typeLabel)}</strong>: ${escapeHtml(task.title)}`);
  const chats = [...stored.chats]
    .sort((a, b) => (a.dateCreated ?? '').localeCompare(b.dateCreated ?? ''))
    .map(
      (chat) =>
        `<strong>${escapeHtml(chat.roleLabel ?? '')}</strong> (${escapeHtml(chat.dateCreated ?? '')}): ${escapeHtml(chat.message ?? '')}`,
    );
  const quotes = quoteRequestsOf(stored).flatMap((request) =>
    request.quotes.map(
      (quote) =>
        `${escapeHtml(quote.partner.name)}: ${escapeHtml(quote.agreementType)}, success fee ${quote.pricing.successFeeFee ?? 0} %`,
    ),
  );
  const payments = stored.payments.map(
    (payment) => `${escapeHtml(payment.date ?? '')}: ${escapeHtml(money(payment.grossAmount))}`,
  );
  const errorId = 'field-message-error';
  const errorText = error ? `<p class="error" id="${errorId}">${escapeHtml(error)}</p>` : '';
  return hostedPage(ctx, {
    title: `Case ${invoice.reference ?? ''}`,
    body: `<p>${escapeHtml(invoice.debtor?.name ?? '')}: ${escapeHtml(money(invoice.grossAmount))}, ${escapeHtml(invoice.lifecycle ?? '')}.</p>
<h2>Open tasks</h2>${list(tasks, 'Nothing to do on this case.')}
<h2 id="chat">Messages</h2>${list(chats, 'No messages yet.')}
<form method="post"><label for="field-message">Reply to the collection partner (required)</label>
<input id="field-message" name="message" type="text" required${error ? ` aria-invalid="true" aria-describedby="${errorId}"` : ''}>${errorText}
<div class="actions"><button type="submit">Send reply</button></div></form>
<h2 id="quotes">Quotes</h2>${list(quotes, 'No quotes on this case.')}
<h2 id="payouts">Payments</h2>${list(payments, 'No payments yet.')}`,
  });
}

export function creditorCasePage(ctx: SandboxContext): Hono {
  const app = new Hono();
  const find = (id: string) => (isGuid(id) ? ctx.store.caseById(id) : undefined);

  app.get('/creditor/cases/:id', (c) => {
    const stored = find(c.req.param('id'));
    return stored ? c.html(casePage(ctx, stored)) : notFound(ctx, c);
  });

  app.post('/creditor/cases/:id', async (c) => {
    const stored = find(c.req.param('id'));
    const tenant = stored && ctx.store.tenantByCreditorId(stored.creditorId);
    if (!stored || !tenant) return notFound(ctx, c);
    const message = formText(await c.req.parseBody(), 'message');
    if (!message) return c.html(casePage(ctx, stored, 'Enter a message.'), 400);
    // The page has no sign-in: the reply comes from the case's assigned user, or the first of the team.
    const user = teamMemberByEmail(tenant, stored.invoice.assignedUser?.email ?? '') ?? tenant.users[0];
    if (!user) return notFound(ctx, c);
    postCreditorChat(ctx, stored, user, message);
    return c.redirect(`${c.req.path}#chat`, 303);
  });

  return app;
}
