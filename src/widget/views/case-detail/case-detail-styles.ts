// Layout of the case detail and its parts: sections stacked in reading order, the widget's tables and label/value
// facts, the case's tasks and quotes as cards, and the composer and upload forms.
import { css } from 'lit';
import { factsStyles } from '../../styles/facts-styles.js';
import { tableStyles } from '../../styles/table-styles.js';

const detailStyles = css`
  :host {
    display: block;
    container: case-detail / inline-size;
  }
  .detail,
  section {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .detail {
    gap: calc(var(--_space) * 3);
  }
  .detail__head {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .detail__title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  h3,
  h4,
  h5,
  h6,
  p {
    margin: 0;
  }
  h5,
  h6 {
    font-size: 0.9375em;
  }
  h3 {
    font-size: 1.125em;
  }
  h4 {
    font-size: 1em;
  }
  .amount {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .quiet {
    color: var(--_muted);
  }
  ul.plain,
  ol.plain {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .timeline li {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 2px solid var(--_border);
  }
  .timeline__meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .contracts li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space);
  }
  th {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .message {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
  }
  .message--own {
    margin-inline-start: 10%;
  }
  .message--partner {
    margin-inline-end: 10%;
  }
  .message__meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .message__text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .form__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  progress {
    width: 100%;
    height: 0.75em;
    accent-color: var(--_primary);
  }
  .loading {
    display: flex;
    align-items: center;
    gap: var(--_space);
    color: var(--_muted);
  }
  a.button {
    text-decoration: none;
  }
  /* The case's tasks and the partners' quotes: one bordered card each; the action goes beneath on a narrow screen. */
  .case-task,
  .quote,
  .quote-request {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .case-task {
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
  }
  .case-task--overdue {
    border-inline-start: 4px solid var(--_danger);
  }
  .case-task__text {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .case-task__type {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .deadline--overdue {
    color: var(--_danger);
    font-weight: 700;
  }
  .quote-request {
    border-style: dashed;
  }
  .quote__solution {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    overflow-wrap: anywhere;
  }
  .quote__foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  @container case-detail (width < 36em) {
    .case-task {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .case-task--overdue {
      border-inline-start-color: CanvasText;
    }
  }
`;

export const caseDetailStyles = [tableStyles, factsStyles, detailStyles];
