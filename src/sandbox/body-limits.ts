// Request bodies are capped before anyone reads them: a declared Content-Length over the cap is refused at
// once, and a body without one is counted while it streams and refused as soon as it passes the cap. File
// uploads may be as large as Debitura allows (25 MB, plus room for the multipart framing); everything else
// the sandbox accepts is small JSON or a form.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { fileUploadLimits } from '../wire/index.js';
import { apiErrorBody } from './customer/api-error-body.js';

const multipartAllowance = 1024 * 1024;
export const MAX_UPLOAD_REQUEST_BYTES = fileUploadLimits.maxBytes + multipartAllowance;
export const MAX_REQUEST_BYTES = 1024 * 1024;

const uploadPath = /^\/(?:customer|referral)\/cases\/[^/]+\/files\/?$/i;

export function limitRequestBodies(): MiddlewareHandler {
  const upload = bodyLimit({
    maxSize: MAX_UPLOAD_REQUEST_BYTES,
    onError: (c) => c.json(apiErrorBody('FileTooLarge', 'The file is larger than the 25 MB limit.'), 413),
  });
  const other = bodyLimit({
    maxSize: MAX_REQUEST_BYTES,
    onError: (c) => c.json(apiErrorBody('RequestTooLarge', 'The request body is larger than 1 MB.'), 413),
  });
  return (c, next) => (c.req.method === 'POST' && uploadPath.test(c.req.path) ? upload(c, next) : other(c, next));
}
