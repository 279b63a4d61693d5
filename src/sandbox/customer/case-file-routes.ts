// GET and POST /cases/{id}/files. Uploads are multipart with a `File` part (≤ 25 MB, a fixed list of
// extensions), optional `Description` and `DocumentType`. The sandbox keeps the metadata, not the bytes.
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { documentTypes, fileUploadLimits } from '../../wire/index.js';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from './api-error-body.js';
import { buildCaseFile } from './case-resource-factories.js';
import { findTenantCase } from './case-lookup.js';
import { fileUploadedEntry } from './timeline-entries.js';
import { formField, notMultipart, uploadedFile } from './uploaded-file.js';

/** Download links are time-limited like Debitura's SAS URLs; their expiry is the `se` query parameter. */
const downloadLinkLifetimeMs = 60 * 60 * 1000;

export function addCaseFileRoutes(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  app.get('/cases/:id/files', (c) => {
    const stored = findTenantCase(ctx, c);
    if (stored instanceof Response) return stored;
    return c.json(
      stored.files.map(({ size: _size, ...file }) => file),
      200,
    );
  });

  app.post('/cases/:id/files', async (c) => {
    const stored = findTenantCase(ctx, c);
    if (stored instanceof Response) return stored;
    // Only multipart bodies are uploads; anything else is an unsupported media type, as the spec's 415 says.
    const notUpload = notMultipart(c.req.header('Content-Type'), fileUploadLimits.formFields.file);
    if (notUpload) return c.json(notUpload.body, notUpload.status);
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch {
      return c.json(apiErrorBody('ValidationError', 'Send the file as multipart/form-data with a File part.'), 400);
    }
    const file = uploadedFile(form, fileUploadLimits.formFields.file);
    if (!(file instanceof File)) return c.json(file.body, file.status);
    const documentTypeText = formField(form, fileUploadLimits.formFields.documentType);
    const documentType =
      typeof documentTypeText === 'string' && documentTypeText.trim()
        ? documentTypes.find((type) => type.toLowerCase() === documentTypeText.trim().toLowerCase())
        : 'OriginalInvoice';
    if (!documentType) {
      return c.json(apiErrorBody('ValidationError', `DocumentType: must be one of ${documentTypes.join(', ')}.`), 400);
    }
    const description = formField(form, fileUploadLimits.formFields.description);

    const now = ctx.now();
    const id = randomUUID();
    const caseId = stored.invoice.id ?? '';
    const expiry = new Date(now.getTime() + downloadLinkLifetimeMs).toISOString();
    const dto = buildCaseFile({
      id,
      at: now,
      caseId,
      fileName: file.name,
      url: ctx.hostedUrl(`/files/${id}/${encodeURIComponent(file.name)}?se=${encodeURIComponent(expiry)}`),
      description: typeof description === 'string' && description.trim() ? description : null,
      documentType,
    });
    ctx.store.updateCase(stored, (record) => {
      record.files.push({ ...dto, size: file.size });
      record.timeline.push(
        fileUploadedEntry(now, file.name, { type: 'Creditor user', name: c.get('tenant').companyName }),
      );
      record.invoice.dateUpdated = now.toISOString();
    });
    return c.json(dto, 200);
  });
}
