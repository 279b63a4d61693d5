// The file of an upload, checked as Debitura checks it on the Customer API's and the Referral API's upload routes:
// a multipart body, a file in the named part (`File` on the Customer API, `file` on the Referral API), at most
// 25 MB, with one of the allowed extensions. A refusal is the status and body Debitura answers with.
import { fileUploadLimits, type ApiErrorResponseDto } from '../../wire/index.js';
import { apiErrorBody } from './api-error-body.js';

export interface UploadRefusal {
  status: 400 | 413 | 415;
  body: ApiErrorResponseDto;
}

/** The spec's 415 for a body that is not multipart; null for one that is. */
export function notMultipart(contentType: string | undefined, part: string): UploadRefusal | null {
  if (/^multipart\/form-data\b/i.test(contentType ?? '')) return null;
  return {
    status: 415,
    body: apiErrorBody('UnsupportedMediaType', `Send the file as multipart/form-data with a ${part} part.`),
  };
}

/** The file in the part named `part`, if Debitura would take it; otherwise why not. */
export function uploadedFile(form: FormData, part: string): File | UploadRefusal {
  const file = formField(form, part);
  if (!(file instanceof File)) {
    return {
      status: 400,
      body: apiErrorBody('ValidationError', `${part}: a file is required (multipart part "${part}").`),
    };
  }
  if (file.size > fileUploadLimits.maxBytes) {
    return { status: 413, body: apiErrorBody('FileTooLarge', 'The file is larger than the 25 MB limit.') };
  }
  const extension = /\.[^.]+$/.exec(file.name)?.[0]?.toLowerCase() ?? '';
  if (!(fileUploadLimits.allowedExtensions as readonly string[]).includes(extension)) {
    return {
      status: 415,
      body: apiErrorBody(
        'UnsupportedFileType',
        `Files of type '${extension || 'none'}' are not allowed. Allowed: ${fileUploadLimits.allowedExtensions.join(', ')}.`,
      ),
    };
  }
  return file;
}

/** A multipart part by name, ignoring case (`File` on the Customer API, `file` on the Referral API). */
export function formField(form: FormData, name: string): FormDataEntryValue | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of form) if (key.toLowerCase() === wanted) return value;
  return undefined;
}
