// The form controls of the new-case form. Every control gets its label, its hint and its error linked through
// ids (aria-describedby, aria-invalid), so a screen reader reads the problem when focus lands on the field.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { NewCaseFieldKey } from './rules/new-case-form-values.js';

export interface FieldBase {
  key: NewCaseFieldKey;
  label: string;
  value: string;
  error: string | undefined;
  required: boolean;
  /** The word screen readers hear instead of the visual asterisk is the native `required` state. */
  hint?: string | undefined;
  /** Extra text under the field, also linked (e.g. a character counter). */
  note?: string | undefined;
  /** Spans the whole row of the grid. */
  wide?: boolean;
  onInput: (key: NewCaseFieldKey, value: string) => void;
  onBlur: (key: NewCaseFieldKey) => void;
}

export interface TextFieldOptions extends FieldBase {
  type?: 'text' | 'email' | 'tel';
  /** The autofill tokens the form uses; a misspelt token would silently turn autofill off. */
  autocomplete?:
    'off' | 'name' | 'organization' | 'street-address' | 'postal-code' | 'address-level2' | 'email' | 'tel';
  inputmode?: 'text' | 'decimal' | 'email' | 'tel';
  maxlength?: number;
  list?: string;
}

export function fieldId(key: NewCaseFieldKey): string {
  return `field-${key}`;
}

function describedBy(options: FieldBase): string | undefined {
  const id = fieldId(options.key);
  const ids = [options.hint ? `${id}-hint` : '', options.note ? `${id}-note` : '', options.error ? `${id}-error` : ''];
  return ids.filter(Boolean).join(' ') || undefined;
}

// The controls are drawn often and many at once (the form has about twenty), so each is one template: its label,
// control, hint, note and error in a single clone, with no whitespace between its parts (inside a grid it shows
// nothing, but each run of it would be a node to clone). Texts that are only text go in as `.textContent`.

const requiredMark = html`<span class="required-mark" aria-hidden="true"> *</span>`;

/** Hint, note and error under a control, each only when there is one, with the ids `describedBy` names. */
// prettier-ignore
function after(options: FieldBase): TemplateResult {
  const id = fieldId(options.key);
  return html`${
    options.hint ? html`<span class="field__hint" id="${id}-hint" .textContent=${options.hint}></span>` : nothing
  }${
    options.note ? html`<span class="field__hint field__note" id="${id}-note" .textContent=${options.note}></span>` : nothing
  }${
    options.error ? html`<span class="field__error" id="${id}-error" .textContent=${options.error}></span>` : nothing
  }`;
}

function fieldClass(options: FieldBase): string {
  return options.wide ? 'field field--wide' : 'field';
}

// prettier-ignore
export function textField(options: TextFieldOptions): TemplateResult {
  const id = fieldId(options.key);
  return html`<div class=${fieldClass(options)}><label for=${id}>${options.label}${options.required ? requiredMark : nothing}</label><input
        id=${id}
        name=${options.key}
        type=${options.type ?? 'text'}
        .value=${live(options.value)}
        ?required=${options.required}
        aria-invalid=${options.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(options))}
        autocomplete=${ifDefined(options.autocomplete)}
        inputmode=${ifDefined(options.inputmode)}
        maxlength=${ifDefined(options.maxlength)}
        list=${ifDefined(options.list)}
        @input=${(event: Event) => options.onInput(options.key, (event.target as HTMLInputElement).value)}
        @blur=${() => options.onBlur(options.key)}
      />${after(options)}</div>`;
}

// prettier-ignore
export function textAreaField(options: FieldBase & { maxlength?: number }): TemplateResult {
  const id = fieldId(options.key);
  return html`<div class=${fieldClass(options)}><label for=${id}>${options.label}${options.required ? requiredMark : nothing}</label><textarea
        id=${id}
        name=${options.key}
        .value=${live(options.value)}
        rows="4"
        ?required=${options.required}
        aria-invalid=${options.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(options))}
        maxlength=${ifDefined(options.maxlength)}
        @input=${(event: Event) => options.onInput(options.key, (event.target as HTMLTextAreaElement).value)}
        @blur=${() => options.onBlur(options.key)}
      ></textarea>${after(options)}</div>`;
}

export interface SelectOption {
  value: string;
  label: string;
}

// prettier-ignore
export function selectField(
  options: FieldBase & { choices: readonly SelectOption[]; placeholder?: string },
): TemplateResult {
  const id = fieldId(options.key);
  return html`<div class=${fieldClass(options)}><label for=${id}>${options.label}${options.required ? requiredMark : nothing}</label><select
        id=${id}
        name=${options.key}
        ?required=${options.required}
        aria-invalid=${options.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(options))}
        @change=${(event: Event) => options.onInput(options.key, (event.target as HTMLSelectElement).value)}
        @blur=${() => options.onBlur(options.key)}
      >${
        options.placeholder !== undefined
          ? html`<option value="" ?selected=${options.value === ''} .textContent=${options.placeholder}></option>`
          : nothing
      }${options.choices.map(
        (choice) => html`<option value=${choice.value} ?selected=${choice.value === options.value} .textContent=${choice.label}></option>`,
      )}</select>${after(options)}</div>`;
}
