// GET /cases/{id}/quote-requests[/{quoteRequestId}[/quotes[/{quoteId}]]]: the quote requests of a case in
// a quote stage and the partners' quotes (LeadListDto, LeadDetailDto, LeadQuoteListDto, LeadQuoteDetailDto).
import type { Context, Hono } from 'hono';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from './api-error-body.js';
import { caseCollectionUrl } from './case-links.js';
import { findTenantCase, isGuid } from './case-lookup.js';
import { MAX_QUOTES, quoteRequestsOf, type SandboxQuote, type SandboxQuoteRequest } from './quote-requests.js';

function leadDto(request: SandboxQuoteRequest) {
  return {
    quoteRequestId: request.quoteRequestId,
    caseId: request.caseId,
    status: request.status,
    leadFlowStatus: request.leadFlowStatus,
    quoteType: request.quoteType,
    maxQuotes: MAX_QUOTES,
    currentQuotesCount: request.quotes.length,
    outcome: null,
    dateCreated: request.dateCreated,
    dateQualified: request.dateQualified,
    leadsDoneOffered: null,
    dateReminderSent: null,
    dateReminderTwoSent: null,
    dateOutcomeSelected: null,
  };
}

/** What the quote list and the quote detail both show. */
function quoteIdentity(quote: SandboxQuote) {
  return {
    quoteId: quote.quoteId,
    quoteRequestId: quote.quoteRequestId,
    partnerId: quote.partner.id,
    partnerName: quote.partner.name,
    status: quote.status,
    agreementType: quote.agreementType,
  };
}

function quoteDto(quote: SandboxQuote) {
  return {
    ...quoteIdentity(quote),
    hourlyRate: quote.pricing.hourlyRate,
    hourlyEstimated: quote.pricing.hourlyEstimated,
    flatFeeEstimate: quote.pricing.flatFeeEstimate,
    successFee: quote.pricing.successFeeFee,
    hybridEstimate: quote.pricing.hybridEstimate,
    proposedSolution: quote.proposedSolution,
    partnerWhyUsSection: quote.partnerWhyUsSection,
    phase: 'Pre-legal',
    offerNature: 'Binding',
    currency: quote.currency,
    dateCreated: quote.dateCreated,
  };
}

/** A path id that must be a GUID: the 400 Debitura's model binding gives, or undefined when it is one. */
function invalidId(c: Context<CustomerEnv>, name: string): Response | undefined {
  const value = c.req.param(name) ?? '';
  return isGuid(value)
    ? undefined
    : c.json(apiErrorBody('ValidationError', `'${value}' is not a valid ${name} (GUID).`), 400);
}

export function addQuoteRequestRoutes(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  function findRequest(c: Context<CustomerEnv>): SandboxQuoteRequest | Response {
    const stored = findTenantCase(ctx, c);
    if (stored instanceof Response) return stored;
    const invalid = invalidId(c, 'quoteRequestId');
    if (invalid) return invalid;
    const wanted = c.req.param('quoteRequestId')!.toLowerCase();
    const request = quoteRequestsOf(stored).find((candidate) => candidate.quoteRequestId === wanted);
    return request ?? c.json(apiErrorBody('NotFound', 'Quote request not found.'), 404);
  }

  app.get('/cases/:id/quote-requests', (c) => {
    const stored = findTenantCase(ctx, c);
    if (stored instanceof Response) return stored;
    return c.json({ quoteRequests: quoteRequestsOf(stored).map(leadDto) }, 200);
  });

  app.get('/cases/:id/quote-requests/:quoteRequestId', (c) => {
    const request = findRequest(c);
    if (request instanceof Response) return request;
    return c.json(
      {
        ...leadDto(request),
        isMaxBidCountReached: request.quotes.length >= MAX_QUOTES,
        request: request.request,
        existingFees: null,
      },
      200,
    );
  });

  app.get('/cases/:id/quote-requests/:quoteRequestId/quotes', (c) => {
    const request = findRequest(c);
    if (request instanceof Response) return request;
    return c.json({ quotes: request.quotes.map(quoteDto) }, 200);
  });

  app.get('/cases/:id/quote-requests/:quoteRequestId/quotes/:quoteId', (c) => {
    const request = findRequest(c);
    if (request instanceof Response) return request;
    const invalid = invalidId(c, 'quoteId');
    if (invalid) return invalid;
    const wanted = c.req.param('quoteId').toLowerCase();
    const quote = request.quotes.find((candidate) => candidate.quoteId === wanted);
    if (!quote) return c.json(apiErrorBody('NotFound', 'Quote not found.'), 404);
    return c.json(
      {
        ...quoteIdentity(quote),
        pricing: quote.pricing,
        currency: quote.currency,
        proposedSolution: quote.proposedSolution,
        feeComments: null,
        partnerWhyUsSection: quote.partnerWhyUsSection,
        fullQuoteLink: caseCollectionUrl(ctx, request.caseId, 'quotes'),
        dateCreated: quote.dateCreated,
        dateUpdated: null,
      },
      200,
    );
  });
}
