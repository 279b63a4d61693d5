// What the new-case form holds, kept by <debitura-collect> rather than by the form view: the view is removed
// while a token error, a sign-out or another view is shown, and what the user typed must be there when it comes
// back. Drafts the partner hands over land here too, even before the form is first shown; one that arrives
// after the user typed waits for the user to say whether it may replace their text.
import { fillFromDraft, type DraftFill } from './case-draft.js';
import { emptyNewCaseForm, type NewCaseFieldKey, type NewCaseFormValues } from './new-case-form-values.js';

export type FormMemoryListener = () => void;

export class NewCaseFormMemory {
  #values: NewCaseFormValues | null = null;
  #locale = 'en';
  /** The latest draft that filled the form, for its issues and unused parts. */
  #applied: DraftFill | null = null;
  /** Set when the draft arrived before the form knew its locale and default currency. */
  #waitingDraft: unknown = undefined;
  #pending: DraftFill | null = null;
  #edited = false;
  #revision = 0;
  /** The account's home currency, once known: it opens the form instead of the locale's guess. */
  #preferredCurrency: string | null = null;
  /** The currency was chosen (by the user or a draft), so the account's currency no longer replaces it. */
  #currencyChosen = false;
  readonly #listeners = new Set<FormMemoryListener>();

  /** The form's values; `ensure()` first. */
  get values(): NewCaseFormValues {
    if (!this.#values) throw new Error('NewCaseFormMemory.ensure() must run before the values are read.');
    return this.#values;
  }

  get started(): boolean {
    return this.#values !== null;
  }

  /** The draft that filled the form last, or null when the user started from an empty form. */
  get applied(): DraftFill | null {
    return this.#applied;
  }

  /** A draft waiting for the user's "replace" or "keep", because the user had typed. */
  get pending(): DraftFill | null {
    return this.#pending;
  }

  /** Bumped whenever a draft replaces the values: the view then shows the form and its issues afresh. */
  get revision(): number {
    return this.#revision;
  }

  /** Opens the form in the reader's locale and currency, filling it with a draft that arrived earlier. */
  ensure(defaultCurrency: string, locale: string): void {
    this.#locale = locale;
    if (this.#values) return;
    this.#values = emptyNewCaseForm(this.#preferredCurrency ?? defaultCurrency);
    if (this.#waitingDraft !== undefined) {
      const draft = this.#waitingDraft;
      this.#waitingDraft = undefined;
      this.#apply(fillFromDraft(draft, this.#values, locale));
    }
  }

  /**
   * The partner handed over a draft. It fills the form at once unless the user has typed since the form opened
   * (or since the last draft), in which case it waits in `pending`; before the form opens it waits for
   * `ensure()`. Null and undefined change nothing. Returns which happened.
   */
  offer(draft: unknown): 'applied' | 'pending' | 'waiting' | 'ignored' {
    // Taking the draft away leaves the form as it is: it may hold the user's text by now.
    if (draft === null || draft === undefined) {
      this.#waitingDraft = undefined;
      return 'ignored';
    }
    if (!this.#values) {
      this.#waitingDraft = draft;
      return 'waiting';
    }
    const base = emptyNewCaseForm(this.#values.currencyCode);
    const fill = fillFromDraft(draft, base, this.#locale);
    if (this.#edited) {
      this.#pending = fill;
      this.#notify();
      return 'pending';
    }
    this.#apply(fill);
    return 'applied';
  }

  /**
   * The account's home currency arrived (`/me` loads beside the form): it becomes the form's currency unless
   * the user or a draft already chose one. Null (an unknown country) changes nothing.
   */
  preferCurrency(currency: string | null): void {
    if (!currency) return;
    this.#preferredCurrency = currency;
    const values = this.#values;
    if (!values || this.#currencyChosen || values.currencyCode === currency) return;
    this.#values = { ...values, currencyCode: currency };
    this.#notify();
  }

  /** The user agreed to replace what they typed with the waiting draft. */
  acceptPending(): void {
    if (!this.#pending) return;
    this.#apply(this.#pending);
  }

  /** The user keeps what they typed; the waiting draft is dropped. */
  keepTyped(): void {
    if (!this.#pending) return;
    this.#pending = null;
    this.#notify();
  }

  /** The user changed a field (or the form's own controls did, on the user's behalf). */
  edit(key: NewCaseFieldKey, value: string): void;
  edit(values: NewCaseFormValues): void;
  edit(keyOrValues: NewCaseFieldKey | NewCaseFormValues, value?: string): void {
    const current = this.values;
    const next = typeof keyOrValues === 'string' ? { ...current, [keyOrValues]: value ?? '' } : keyOrValues;
    if (next.currencyCode !== current.currencyCode) this.#currencyChosen = true;
    this.#values = next;
    this.#edited = true;
    // An issue with the handed-over value ends once the user has put something of their own in its place.
    const applied = this.#applied;
    if (applied?.issues.some((issue) => next[issue.field] !== current[issue.field])) {
      this.#applied = {
        ...applied,
        issues: applied.issues.filter((issue) => next[issue.field] === current[issue.field]),
      };
    }
  }

  /** The user acts on the values (price check, sending): from now on a new draft asks before replacing them. */
  markInUse(): void {
    this.#edited = true;
  }

  /** A fresh, empty form after a case was sent: nothing typed remains to protect. */
  reset(defaultCurrency: string): void {
    this.#values = emptyNewCaseForm(defaultCurrency);
    this.#currencyChosen = false;
    this.#applied = null;
    this.#pending = null;
    this.#edited = false;
    this.#revision++;
    this.#notify();
  }

  subscribe(listener: FormMemoryListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #apply(fill: DraftFill): void {
    this.#values = fill.values;
    this.#currencyChosen = fill.supplied.includes('currencyCode');
    this.#applied = fill;
    this.#pending = null;
    this.#edited = false;
    this.#revision++;
    this.#notify();
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
