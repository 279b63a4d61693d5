// The Customer API case routes of the sandbox (everything under /customer except /me, auth and the test
// endpoints), plus the Referral API's creditor-less preview. The app mounts them behind authentication:
//   app.route('/customer', customerCaseRoutes(ctx))   (after customerAuth)
//   app.route('/referral', referralPreviewRoute(ctx)) (after partnerAuth)
import { Hono } from 'hono';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { addCaseChatRoutes } from './case-chat-routes.js';
import { addCaseFileRoutes } from './case-file-routes.js';
import { addCaseReadRoutes } from './case-read-routes.js';
import { addCaseValidationRoutes } from './case-validation-routes.js';
import { addContractRoutes } from './contract-routes.js';
import { addCreateCaseRoute } from './create-case-route.js';
import { addCustomerPreviewRoute } from './preview-routes.js';
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
  return app;
}
