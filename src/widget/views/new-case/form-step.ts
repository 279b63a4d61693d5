// Step 1: the case form. Fields follow from the answers (company fields, US state, the age split); errors show
// at the field on blur and on submit.
import { html, nothing, type TemplateResult } from 'lit';
import { countryOptions } from '../../format/countries.js';
import { currencyCodes, currencyOptions } from './rules/currencies.js';
import { fieldLabel, fieldMaxLengths, isFieldRequired, isFieldShown } from './rules/new-case-fields.js';
import type { FieldErrors, NewCaseFieldKey, NewCaseFormValues } from './rules/new-case-form-values.js';
import { usStates } from './rules/us-states.js';
import type { NewCaseMessages } from '../../i18n/en/new-case.js';
import { interpolate } from '../../i18n/interpolate.js';
import { debtorTypes, type DebtorType } from '../../../wire/case-vocabulary.js';
import { fieldId, selectField, textAreaField, textField, type TextFieldOptions } from './field-controls.js';
import { busyButton } from './busy-button.js';
import { dateInputExample } from './rules/date-input.js';
import type { ErrorSummaryEntry } from './rules/error-summary.js';
import type { FilingChoices } from './rules/filing-choices.js';

export interface FormStepProps {
  messages: NewCaseMessages;
  locale: string;
  today: string;
  values: NewCaseFormValues;
  errors: FieldErrors;
  /** After a price check found mistakes: the title ("Please fix 2 problems") and the fields still wrong. */
  errorSummary: { title: string; entries: readonly ErrorSummaryEntry[] } | null;
  /** Moves focus to a field, from its entry in the error summary. */
  onErrorLink: (key: NewCaseFieldKey) => void;
  busy: boolean;
  /** What went wrong with the last price check, if anything. */
  problem: TemplateResult | typeof nothing;
  onInput: (key: NewCaseFieldKey, value: string) => void;
  onBlur: (key: NewCaseFieldKey) => void;
  onDebtorType: (type: DebtorType) => void;
  onToggleAgeSplit: (open: boolean) => void;
  onSubmit: () => void;
  /**
   * Whether country suggestions and currency names are rendered. Naming them loads the browser's display-name
   * data (about 15 ms on first use in a page), so they wait until the country or currency field is focused;
   * until then currencies show their ISO codes.
   */
  namesShown: boolean;
  onNamedFieldFocus: () => void;
  /** The creditor's divisions and team, once loaded: the division and case-owner fields depend on them. */
  choices: FilingChoices;
  /** What the early eligibility check found about this debtor, or null while there is nothing to say. */
  eligibilityNotice: string | null;
}

const countryListId = 'country-options';

export function renderFormStep(props: FormStepProps): TemplateResult {
  const { messages, values, locale } = props;
  const m = messages.fields;
  const { choices } = props;
  const shown = (key: NewCaseFieldKey) => isFieldShown(key, values, locale, choices);
  const base = (key: NewCaseFieldKey, extra: Partial<TextFieldOptions> = {}): TextFieldOptions => ({
    key,
    label: fieldLabel(key, values, messages),
    value: values[key],
    error: props.errors[key],
    required: isFieldRequired(key, values, locale, choices),
    onInput: props.onInput,
    onBlur: props.onBlur,
    ...extra,
  });
  const commentsMax = fieldMaxLengths.comments ?? 4000;
  const descriptionMax = fieldMaxLengths.claimDescription ?? 4000;

  return html`
    <section class="step">
      <h3 class="step__heading" id="step-heading" tabindex="-1">${messages.steps.form}</h3>
      <p class="step__intro">${messages.intro}</p>
      ${props.problem}${errorSummary(props)}
      <form
        novalidate
        @focusin=${(event: FocusEvent) => {
          const id = (event.target as Element).id;
          if (!props.namesShown && (id === fieldId('country') || id === fieldId('currencyCode')))
            props.onNamedFieldFocus();
        }}
        @submit=${(event: Event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        <fieldset>
          <legend>${messages.sections.debtor}</legend>
          ${debtorTypeChoice(props)}
          <div class="grid">
            ${textField(base('name', { autocomplete: values.debtorType === 'Company' ? 'organization' : 'name' }))}
            ${shown('contactPerson') ? textField(base('contactPerson', { autocomplete: 'name' })) : nothing}
            ${shown('companyRegistrationNumber') ? textField(base('companyRegistrationNumber', { hint: m.companyRegistrationNumber.hint })) : nothing}
            ${textField(base('address', { autocomplete: 'street-address', wide: true }))}
            ${textField(base('zipCode', { autocomplete: 'postal-code' }))}
            ${textField(base('city', { autocomplete: 'address-level2' }))}
            ${textField(base('country', { list: countryListId, autocomplete: 'off', hint: m.country.hint }))}
            ${
              shown('stateAlpha2')
                ? selectField({
                    ...base('stateAlpha2'),
                    placeholder: m.stateAlpha2.choose,
                    choices: usStates.map(([code, name]) => ({ value: code, label: name })),
                  })
                : nothing
            }
            ${textField(base('email', { type: 'email', autocomplete: 'email', inputmode: 'email' }))}
            ${textField(base('phone', { type: 'tel', autocomplete: 'tel', inputmode: 'tel' }))}
          </div>
          <datalist id=${countryListId}>
            ${props.namesShown ? countryOptions(locale).map((country) => html`<option value=${country.name}></option>`) : nothing}
          </datalist>
          <div class="eligibility" id="eligibility-notice" role="status" aria-live="polite">
            ${props.eligibilityNotice ? html`<p class="alert alert--warning">${props.eligibilityNotice}</p>` : nothing}
          </div>
        </fieldset>

        <fieldset>
          <legend>${messages.sections.invoice}</legend>
          <div class="grid">
            ${textField(base('amountToRecover', { inputmode: 'decimal', autocomplete: 'off', hint: m.amountToRecover.hint }))}
            ${selectField({
              ...base('currencyCode'),
              choices: props.namesShown
                ? currencyOptions(locale).map((currency) => ({ value: currency.code, label: currency.label }))
                : currencyCodes.map((code) => ({ value: code, label: code })),
            })}
            ${textField(base('date', { hint: interpolate(m.date.hint, { example: dateInputExample(props.today, locale) }), autocomplete: 'off' }))}
            ${textField(base('dueDate', { hint: interpolate(m.dueDate.hint, { example: dateInputExample(props.today, locale) }), autocomplete: 'off' }))}
            ${textField(
              base('creditorReference', {
                maxlength: fieldMaxLengths.creditorReference,
                hint: m.creditorReference.hint,
              }),
            )}
          </div>
          ${ageSplit(props, base)}
        </fieldset>

        ${shown('creditorDivisionId') || shown('assignedUserEmail') ? filing(props, base) : nothing}

        <fieldset>
          <legend>${messages.sections.notes}</legend>
          ${textAreaField({
            ...base('claimDescription', { hint: m.claimDescription.hint, wide: true }),
            maxlength: descriptionMax,
            note: interpolate(m.claimDescription.counter, {
              count: values.claimDescription.length,
              max: descriptionMax,
            }),
          })}
          ${textAreaField({
            ...base('comments', { hint: m.comments.hint, wide: true }),
            maxlength: commentsMax,
            note: interpolate(m.comments.counter, { count: values.comments.length, max: commentsMax }),
          })}
        </fieldset>

        <div class="actions">
          ${busyButton({ type: 'submit', busy: props.busy, label: messages.actions.preview, busyLabel: messages.actions.previewBusy })}
        </div>
      </form>
    </section>
  `;
}

function errorSummary(props: FormStepProps): TemplateResult | typeof nothing {
  const summary = props.errorSummary;
  if (!summary || summary.entries.length === 0) return nothing;
  return html`
    <div class="alert alert--danger error-summary" part="alert" role="group" aria-labelledby="error-summary-title">
      <h4 class="alert__title" id="error-summary-title">${summary.title}</h4>
      <ul>
        ${summary.entries.map(
          (entry) =>
            html`<li>
              <a
                href=${`#${fieldId(entry.key)}`}
                @click=${(event: Event) => {
                  event.preventDefault();
                  props.onErrorLink(entry.key);
                }}
                >${entry.label ?? entry.message}</a
              >${entry.label ? html`: ${entry.message}` : nothing}
            </li>`,
        )}
      </ul>
    </div>
  `;
}

function debtorTypeChoice(props: FormStepProps): TemplateResult {
  const m = props.messages.fields.debtorType;
  const labels: Record<DebtorType, string> = { Company: m.company, Private: m.private };
  const error = props.errors.debtorType;
  const errorId = `${fieldId('debtorType')}-error`;
  return html`
    <fieldset id=${fieldId('debtorType')} tabindex="-1" aria-describedby=${error ? errorId : nothing}>
      <legend class="field__label">${m.label}</legend>
      <div class="choices">
        ${debtorTypes.map(
          (type) => html`
            <label class="choice">
              <input
                type="radio"
                name="debtorType"
                value=${type}
                .checked=${props.values.debtorType === type}
                @change=${() => props.onDebtorType(type)}
              />
              ${labels[type]}
            </label>
          `,
        )}
      </div>
      ${error ? html`<span class="field__error" id=${errorId}>${error}</span>` : nothing}
    </fieldset>
  `;
}

function ageSplit(
  props: FormStepProps,
  base: (key: NewCaseFieldKey, extra?: Partial<TextFieldOptions>) => TextFieldOptions,
): TemplateResult {
  const m = props.messages.fields.ageSplit;
  const open = props.values.showAgeSplit;
  return html`
    <label class="toggle">
      <input
        type="checkbox"
        aria-controls="age-split"
        .checked=${open}
        @change=${(event: Event) => props.onToggleAgeSplit((event.target as HTMLInputElement).checked)}
      />
      <span>${m.toggle}</span>
    </label>
    <div class="age-split" id="age-split" ?hidden=${!open}>
      ${
        open
          ? html`
              <p>${m.intro}</p>
              <div class="grid">
                ${textField(base('amountToRecoverOver6Months', { inputmode: 'decimal', autocomplete: 'off' }))}
                ${textField(base('amountToRecoverOver12Months', { inputmode: 'decimal', autocomplete: 'off' }))}
                ${textField(base('amountToRecoverOver24Months', { inputmode: 'decimal', autocomplete: 'off' }))}
              </div>
            `
          : nothing
      }
    </div>
  `;
}

/** Where the case sits at the creditor: the division it is filed under and who owns it. */
function filing(
  props: FormStepProps,
  base: (key: NewCaseFieldKey, extra?: Partial<TextFieldOptions>) => TextFieldOptions,
): TemplateResult {
  const m = props.messages.fields;
  const { choices, values, locale } = props;
  return html`
    <fieldset>
      <legend>${props.messages.sections.filing}</legend>
      <div class="grid">
        ${
          isFieldShown('creditorDivisionId', values, locale, choices)
            ? selectField({
                ...base('creditorDivisionId', { hint: m.creditorDivisionId.hint }),
                placeholder: m.creditorDivisionId.choose,
                choices: choices.divisions.map((division) => ({ value: division.id, label: division.name })),
              })
            : nothing
        }
        ${
          isFieldShown('assignedUserEmail', values, locale, choices)
            ? selectField({
                ...base('assignedUserEmail', { hint: m.assignedUserEmail.hint }),
                placeholder: m.assignedUserEmail.everyone,
                choices: choices.team.map((member) => ({
                  value: member.email,
                  label: member.name === member.email ? member.email : `${member.name} (${member.email})`,
                })),
              })
            : nothing
        }
      </div>
    </fieldset>
  `;
}
