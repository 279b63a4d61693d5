// Layout shared by the console's views, by the width of whatever holds the console (a container query, not the
// viewport): headline figures, filters, tables that turn into one card per row when columns no longer fit,
// and the loading skeleton. Everything reads the private `--_*` theme properties.
import { css } from 'lit';
import { filterStyles } from '../../widget/styles/filter-styles.js';
import { linkButtonStyles } from '../../widget/styles/link-button.js';
import { pagerStyles } from '../../widget/styles/pager-styles.js';
import { tableStyles } from '../../widget/styles/table-styles.js';

const viewStyles = css`
  :host {
    display: block;
    container: console-view / inline-size;
  }
  /* One column no wider than the console: a wide table scrolls inside its own box, never the page. */
  .view {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  .view__head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  h3,
  h4 {
    margin: 0;
  }
  h3 {
    font-size: 1.125em;
  }
  p {
    margin: 0;
  }
  .quiet {
    color: var(--_muted);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: var(--_space);
    margin: 0;
  }
  .figure {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .figure dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .figure dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  thead th {
    font-size: 0.875em;
    color: var(--_muted);
    white-space: nowrap;
  }
  tbody th,
  td {
    overflow-wrap: anywhere;
  }
  td.date {
    white-space: nowrap;
  }
  .sub {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  .loading-text {
    display: flex;
    align-items: center;
    gap: var(--_space);
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: var(--_space);
  }
  .skeleton__row {
    display: flex;
    gap: calc(var(--_space) * 2);
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_surface-raised);
  }
  .skeleton__row span {
    flex: 1 1 5em;
    height: 1em;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .skeleton__row span:first-child {
    flex-grow: 2;
  }
  .empty {
    justify-items: start;
  }
  .details {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    margin: 0;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .panel {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .copy-row input {
    flex: 1 1 16em;
    min-width: 0;
    min-height: 2.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    font: inherit;
  }
  .action {
    display: grid;
    gap: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_surface-raised);
  }
  h5 {
    margin: 0;
    font-size: 1em;
  }
  ul.plain {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  /* Below the width every column needs, each row becomes a card: the first cell heads it, the rest are labelled. */
  @container console-view (width < 60em) {
    table.cards,
    table.cards tbody,
    table.cards tr,
    table.cards th,
    table.cards td {
      display: block;
    }
    table.cards thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    /* The cells wrap as a flex row: one too wide for its share (a status pill, kept on one line) takes a line
       of its own rather than running into its neighbour. */
    table.cards tbody tr {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
      padding-block: calc(var(--_space) * 1.5);
      border-block-end: 1px solid var(--_border);
    }
    table.cards tbody th {
      flex-basis: 100%;
    }
    table.cards tbody td {
      flex: 1 1 8em;
    }
    table.cards tbody th,
    table.cards tbody td {
      padding: 0;
      border: 0;
      text-align: start;
    }
    table.cards td[data-label]::before {
      content: attr(data-label);
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .details {
      grid-template-columns: 1fr;
      gap: calc(var(--_space) * 0.25);
    }
    .details dd {
      margin-block-end: var(--_space);
    }
  }
`;

/**
 * With the widget's filter bar, tables and pager, and its link-looking button (rows that open something inside the
 * console).
 */
export const consoleViewStyles = [filterStyles, tableStyles, viewStyles, linkButtonStyles, pagerStyles];
