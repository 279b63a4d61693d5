// Checks a chosen file against Debitura's upload limits before sending it, so a 25 MB scan is refused at once
// instead of after a long upload ending in 413, and a .docx before ending in 415.
import { fileUploadLimits } from '../../../wire/case-resources.js';

export type UploadProblem = 'empty' | 'too-large' | 'unsupported-type';

export type UploadCheck = { ok: true } | { ok: false; problem: UploadProblem };

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
}

export function checkUpload(file: { name: string; size: number }): UploadCheck {
  if (!(fileUploadLimits.allowedExtensions as readonly string[]).includes(extensionOf(file.name))) {
    return { ok: false, problem: 'unsupported-type' };
  }
  if (file.size <= 0) return { ok: false, problem: 'empty' };
  if (file.size > fileUploadLimits.maxBytes) return { ok: false, problem: 'too-large' };
  return { ok: true };
}

/** The `accept` attribute of the file input, from the same list the check uses. */
export const uploadAccept = fileUploadLimits.allowedExtensions.join(',');

/** The size limit in whole megabytes, for messages. */
export const uploadLimitMegabytes = Math.round(fileUploadLimits.maxBytes / (1024 * 1024));
