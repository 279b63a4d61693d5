// The pieces every hosted page is made of: labelled fields that say what is wrong with them, an error summary
// the screen reader announces, one form per page, and the end of a flow (back to `returnUrl`). Plain HTML,
// no scripts: every page works with the keyboard alone.
import type { Context } from 'hono';
import type { SandboxContext } from '../context.js';
import type { KycRecord, SandboxTenant } from '../state.js';
import { escapeHtml, hostedPage } from './page.js';
import { acceptedReturnUrl } from './urls.js';

export interface FieldSpec {
  name: string;
  label: string;
  value?: string | null;
  type?: 'text' | 'email' | 'tel' | 'date';
  required?: boolean;
  autocomplete?: string;
  /** Shown under the field and announced with it. */
  error?: string;
}

export function inputField(field: FieldSpec): string {
  const id = `field-${field.name}`;
  const errorId = `${id}-error`;
  const attributes = [
    `id="${id}"`,
    `name="${escapeHtml(field.name)}"`,
    `type="${field.type ?? 'text'}"`,
    `value="${escapeHtml(field.value ?? '')}"`,
    field.required ? 'required' : '',
    field.autocomplete ? `autocomplete="${escapeHtml(field.autocomplete)}"` : '',
    field.error ? `aria-invalid="true" aria-describedby="${errorId}"` : '',
  ].filter(Boolean);
  const error = field.error ? `<p class="error" id="${errorId}">${escapeHtml(field.error)}</p>` : '';
  return `<label for="${id}">${escapeHtml(field.label)}${field.required ? ' (required)' : ''}</label><input ${attributes.join(' ')}>${error}`;
}

export interface FormPageContent {
  title: string;
  /** Trusted HTML before the form. */
  intro: string;
  /** Trusted HTML inside the form, before its buttons. */
  fields?: string;
  /** Submit buttons; several make a choice, sent as `decision`. */
  buttons: readonly { label: string; decision?: string; secondary?: boolean }[];
  /** Problems of the last submission, listed first and announced. */
  errors?: readonly string[];
}

export function formPage(ctx: SandboxContext, content: FormPageContent): string {
  const summary = content.errors?.length
    ? `<div role="alert" class="error-summary"><p><strong>Please correct this:</strong></p><ul>${content.errors
        .map((error) => `<li>${escapeHtml(error)}</li>`)
        .join('')}</ul></div>`
    : '';
  const buttons = content.buttons
    .map((button) => {
      const decision = button.decision ? ` name="decision" value="${escapeHtml(button.decision)}"` : '';
      const style = button.secondary ? ' class="secondary"' : '';
      return `<button type="submit"${decision}${style}>${escapeHtml(button.label)}</button>`;
    })
    .join('\n');
  return hostedPage(ctx, {
    title: content.title,
    body: `${summary}\n${content.intro}\n<form method="post">${content.fields ?? ''}\n<div class="actions">${buttons}</div>\n</form>`,
  });
}

/** After a completed flow: follow the caller's returnUrl, or say it is done. */
export function finish(ctx: SandboxContext, c: Context, message: string): Response {
  const returnUrl = acceptedReturnUrl(c.req.query('returnUrl'));
  if (returnUrl) return c.redirect(returnUrl, 303);
  return c.html(
    hostedPage(ctx, {
      title: 'Done',
      body: `<p role="status">${escapeHtml(message)}</p><p>You can close this page.</p>`,
    }),
  );
}

export function notFound(ctx: SandboxContext, c: Context): Response {
  return c.html(
    hostedPage(ctx, {
      title: 'Link not found',
      body: '<p>This link is not valid in the sandbox: it may have expired, been answered already, or belong to an earlier reset.</p>',
    }),
    404,
  );
}

export function tenantOfLink(ctx: SandboxContext, linkId: string | undefined): SandboxTenant | undefined {
  return linkId ? ctx.store.tenantByClientLinkId(linkId) : undefined;
}

/** A form field's trimmed text ('' when absent). */
export function formText(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value.trim() : '';
}

const kycFieldList = [
  { name: 'directorFullName', label: "Director's full name", autocomplete: 'name' },
  { name: 'directorHomeAddress', label: "Director's home address", autocomplete: 'street-address' },
  { name: 'directorDateOfBirth', label: "Director's date of birth", autocomplete: 'bday', type: 'date' as const },
];

/** The director KYC fields, with what was typed and what is missing. */
export function kycFields(values: Record<string, string> = {}, missing: ReadonlySet<string> = new Set()): string {
  return kycFieldList
    .map((field) =>
      inputField({
        ...field,
        required: true,
        value: values[field.name],
        error: missing.has(field.name) ? `Enter the ${field.label.toLowerCase()}.` : undefined,
      }),
    )
    .join('\n');
}

export type KycForm =
  { ok: true; record: KycRecord } | { ok: false; values: Record<string, string>; missing: Set<string> };

/** The director data of a submitted KYC form; every field is required. */
export function readKycForm(ctx: SandboxContext, form: Record<string, unknown>): KycForm {
  const values = Object.fromEntries(kycFieldList.map((field) => [field.name, formText(form, field.name)]));
  const missing = new Set(kycFieldList.filter((field) => !values[field.name]).map((field) => field.name));
  if (missing.size > 0) return { ok: false, values, missing };
  return {
    ok: true,
    record: {
      directorFullName: values.directorFullName ?? '',
      directorHomeAddress: values.directorHomeAddress ?? '',
      directorDateOfBirth: values.directorDateOfBirth ?? '',
      dateCreated: ctx.now().toISOString(),
    },
  };
}
