// The Customer API routes of the sandbox (everything under /customer except /me, auth, the test endpoints
// and the creditor's webhooks), plus the Referral API's creditor-less preview. The app mounts them behind authentication:
//   app.route('/customer', customerCaseRoutes(ctx))   (after customerAuth)
//   app.route('/referral', referralPreviewRoute(ctx)) (after partnerAuth)
import { Hono } from 'hono';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { addAccountPaymentRoutes } from './account-payment-routes.js';
import { addCaseChatRoutes } from './case-chat-routes.js';
import { addCaseFileRoutes } from './case-file-routes.js';
import { addCaseReadRoutes } from './case-read-routes.js';
import { addCaseValidationRoutes } from './case-validation-routes.js';
import { addContractRoutes } from './contract-routes.js';
import { addCoverageRoutes } from './coverage-routes.js';
import { addCreateCaseRoute } from './create-case-route.js';
import { addDivisionRoutes } from './division-routes.js';
import { addExclusivePeriodRoute } from './exclusive-period-route.js';
import { addCustomerPreviewRoute } from './preview-routes.js';
import { addQuoteRequestRoutes } from './quote-request-routes.js';
import { addTaskRoutes } from './task-routes.js';
import { addUserRoutes } from './user-routes.js';

export { referralPreviewRoute } from './preview-routes.js';
export { createCase, type CreateCaseOutcome } from './create-case.js';
export { buildInvoice, creditorDtoOf, storedDebtor, type InvoiceFields } from './invoice-factory.js';
export { buildCaseFile, buildChat, buildPayment, type PaymentFields } from './case-resource-factories.js';
export * from './timeline-entries.js';
export { newCaseReference } from './case-reference.js';
export { userGuid, teamUserDto, userRelationDto } from './team-users.js';

export function customerCaseRoutes(ctx: SandboxContext): Hono<CustomerEnv> {
  const app = new Hono<CustomerEnv>();
  addCreateCaseRoute(app, ctx);
  addCustomerPreviewRoute(app, ctx);
  addCaseReadRoutes(app, ctx);
  addCaseChatRoutes(app, ctx);
  addCaseFileRoutes(app, ctx);
  addContractRoutes(app, ctx);
  addCaseValidationRoutes(app, ctx);
  addUserRoutes(app);
  addTaskRoutes(app, ctx);
  addQuoteRequestRoutes(app, ctx);
  addExclusivePeriodRoute(app, ctx);
  addAccountPaymentRoutes(app, ctx);
  addCoverageRoutes(app, ctx);
  addDivisionRoutes(app, ctx);
  return app;
}
