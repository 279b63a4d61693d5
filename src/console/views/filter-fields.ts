// The fields of a console list's filter bar: the search (sent as a form, not on every key, so each search is one
// request, with its hint and, where the view offers one, a button that clears it), a choice from a list, and a
// date. Each is a labelled `.field`, so the bar lines them up the same way in every view.
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsoleContext } from '../console-context.js';

export interface SearchFieldOptions {
  /** The input's id; the hint's is `<id>-hint`. */
  id: string;
  hint: string;
  /** What is typed and not yet searched for. */
  draft: string;
  onDraft: (draft: string) => void;
  onSearch: () => void;
  /** Empties the search; without it, no clear button. */
  onClear?: (() => void) | undefined;
}

export function renderSearchField(context: ConsoleContext, options: SearchFieldOptions): TemplateResult {
  const common = context.text.common;
  const hint = `${options.id}-hint`;
  return html`
    <form
      class="field field--search"
      role="search"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        options.onSearch();
      }}
    >
      <label for=${options.id}>${common.search}</label>
      <div class="search">
        <input
          id=${options.id}
          type="search"
          autocomplete="off"
          aria-describedby=${hint}
          .value=${options.draft}
          @input=${(event: Event) => options.onDraft((event.target as HTMLInputElement).value)}
        />
        <button class="button" type="submit">${common.search}</button>
        ${
          options.onClear
            ? html`<button class="button button--quiet" type="button" @click=${options.onClear}>
                ${common.clearSearch}
              </button>`
            : nothing
        }
      </div>
      <span class="field__hint" id=${hint}>${options.hint}</span>
    </form>
  `;
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldOptions<T extends string> {
  id: string;
  label: string;
  choices: readonly Choice<T>[];
  value: T;
  /** Called with one of `choices`, never with anything else the select might hold. */
  onChange: (value: T) => void;
}

/**
 * The options bind `.selected`, not the attribute: once someone has picked one, only the property moves the choice
 * back (to "All" when "Show all" clears the filters).
 */
export function renderSelectField<T extends string>(options: SelectFieldOptions<T>): TemplateResult {
  return html`
    <div class="field">
      <label for=${options.id}>${options.label}</label>
      <select
        id=${options.id}
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          const chosen = options.choices.find((choice) => choice.value === value);
          if (chosen) options.onChange(chosen.value);
        }}
      >
        ${options.choices.map((choice) => {
          const value: string = choice.value;
          return html`<option value=${value} .selected=${value === options.value}>${choice.label}</option>`;
        })}
      </select>
    </div>
  `;
}

export interface DateFieldOptions {
  id: string;
  label: string;
  /** `YYYY-MM-DD`, or empty. */
  value: string;
  onChange: (value: string) => void;
  /** While the dates are wrong: the id of the problem's text, and the text where this field shows it. */
  problem?: { id: string; text?: string } | null;
}

export function renderDateField(options: DateFieldOptions): TemplateResult {
  const problem = options.problem;
  return html`
    <div class="field">
      <label for=${options.id}>${options.label}</label>
      <input
        id=${options.id}
        type="date"
        .value=${options.value}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? problem.id : nothing}
        @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).value)}
      />
      ${problem?.text ? html`<span class="field__error" id=${problem.id} role="alert">${problem.text}</span>` : nothing}
    </div>
  `;
}
