// Layout of the new-case flow. Colours, radius and spacing come from the host's private `--_*` properties, so
// the partner's theme reaches every step; what depends on width asks the width of whatever holds the widget (a
// container query, as the case list does), not the viewport.
import { css } from 'lit';

export const newCaseStyles = css`
  :host {
    display: block;
    container: new-case / inline-size;
  }
  .step {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  /* As wide as its words, so the focus ring it gets on each step draws around them, not across the row. */
  .step__heading {
    justify-self: start;
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .step__heading:focus {
    outline: none;
  }
  .step__heading:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .step__intro {
    margin: 0;
    color: var(--_muted);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 2);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space);
    font-weight: 700;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .field--wide {
    grid-column: 1 / -1;
  }
  .required-mark {
    color: var(--_danger);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1) calc(var(--_space) * 3);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    width: 1.125em;
    height: 1.125em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .toggle {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    cursor: pointer;
  }
  .toggle input {
    flex: none;
    width: 1.125em;
    height: 1.125em;
    margin: 0.2em 0 0;
    accent-color: var(--_primary);
  }
  .age-split {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }
  .age-split p {
    margin: 0;
    color: var(--_muted);
  }
  .button .spinner {
    width: 1em;
    height: 1em;
    border-color: currentColor;
    border-top-color: transparent;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: inherit;
    font-weight: 600;
  }
  .summary {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    margin: 0;
  }
  .summary dt {
    color: var(--_muted);
  }
  .summary dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .summary .total {
    font-weight: 700;
  }
  /* Too narrow for the longest label beside its value (German labels, a pricing rule in words): each label goes
     above its value, so a row takes one or two lines rather than a column of single words. */
  @container new-case (width < 30em) {
    .summary {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .summary dd + dt {
      margin-block-start: calc(var(--_space) * 0.75);
    }
  }
  .panel {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .panel h4,
  .alert h4 {
    margin: 0;
    font-size: 1em;
  }
  .panel p {
    margin: 0;
  }
  .required-actions {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .confirm {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .confirm[data-invalid] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .problem-title:focus {
    outline: none;
  }
  .link-button {
    justify-self: start;
    text-decoration: none;
  }
  /* The early eligibility notice sits under the debtor fields; empty, it takes no room. */
  .eligibility p.alert {
    margin: var(--_space) 0 0;
  }
`;
