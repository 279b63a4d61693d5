// Referral GET /cases, GET /cases/{id} and POST /cases/{caseId}/files (REFERENCE §2.7, §2.8): the partner's
// view of its clients' cases, the same stored cases the Customer API serves each client.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { chatRoles } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody, caseNotFoundBody } from '../customer/api-error-body.js';
import { buildCaseFile, buildChat } from '../customer/case-resource-factories.js';
import { queryValue } from '../customer/query-params.js';
import { fileUploadedEntry } from '../customer/timeline-entries.js';
import { notMultipart, uploadedFile } from '../customer/uploaded-file.js';
import { caseDetailOf } from './case-items.js';
import { listPartnerCases } from './case-list.js';
import { partnerCase } from './partner-cases.js';
import { sandboxPartnerProfile } from './partner-profile.js';
import { isGuid } from './query-filters.js';

/** Download links are time-limited like Debitura's SAS URLs; their expiry is the `se` query parameter. */
const downloadLinkLifetimeMs = 60 * 60 * 1000;

export function caseRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();

  app.get('/cases', (c) => {
    const list = listPartnerCases(ctx, new URL(c.req.url).searchParams);
    if (!list.ok) return c.json(apiErrorBody('ValidationError', list.message), 400);
    return c.json(list.response);
  });

  app.get('/cases/:id', (c) => {
    const id = c.req.param('id');
    // A route constrained to GUIDs: any other segment finds no case.
    const found = isGuid(id) ? partnerCase(ctx, id) : undefined;
    if (!found) return c.json(caseNotFoundBody(), 404);
    return c.json(caseDetailOf(found));
  });

  app.post('/cases/:caseId/files', async (c) => {
    const caseId = c.req.param('caseId');
    const found = isGuid(caseId) ? partnerCase(ctx, caseId) : undefined;
    if (!found) return c.json(caseNotFoundBody(), 404);
    const notUpload = notMultipart(c.req.header('content-type'), 'file');
    if (notUpload) return c.json(notUpload.body, notUpload.status);
    const notify = queryValue(new URL(c.req.url).searchParams, 'sendChatNotification')?.toLowerCase();
    if (notify !== undefined && notify !== 'true' && notify !== 'false') {
      return c.json(apiErrorBody('ValidationError', `sendChatNotification: The value '${notify}' is not valid.`), 400);
    }
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch {
      return c.json(apiErrorBody('ValidationError', 'The multipart body could not be read.'), 400);
    }
    const file = uploadedFile(form, 'file');
    if (!(file instanceof File)) return c.json(file.body, file.status);

    const now = ctx.now();
    const id = randomUUID();
    const expiry = new Date(now.getTime() + downloadLinkLifetimeMs).toISOString();
    const partner = sandboxPartnerProfile(ctx);
    const dto = buildCaseFile({
      id,
      at: now,
      caseId: found.stored.invoice.id ?? '',
      fileName: file.name,
      url: ctx.hostedUrl(`/files/${id}/${encodeURIComponent(file.name)}?se=${encodeURIComponent(expiry)}`),
      description: null,
      documentType: 'Miscellaneous',
    });
    const size = file.size;
    ctx.store.updateCase(found.stored, (record) => {
      record.files.push({ ...dto, size });
      record.timeline.push(fileUploadedEntry(now, file.name, { type: 'System', name: partner.companyName ?? null }));
      // Debitura's default: a system message tells the collection partner in the case chat.
      if (notify !== 'false') {
        record.chats.push(
          buildChat({
            id: randomUUID(),
            at: now,
            role: chatRoles.ManagedByPartner,
            message: `${partner.companyName} added the file ${dto.fileName} to the case.`,
            user: {
              id: 0,
              dateCreated: found.tenant.dateLinked,
              dateUpdated: null,
              firstName: partner.shortName,
              lastName: null,
              email: partner.contactEmail ?? null,
            },
          }),
        );
      }
      record.invoice.dateUpdated = now.toISOString();
    });
    // The spec's 200 has no body: the file shows in the Customer API's GET /cases/{id}/files.
    return c.body(null, 200);
  });

  return app;
}
