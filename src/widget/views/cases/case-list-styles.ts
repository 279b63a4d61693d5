// Layout of the case list, by the width of whatever holds the widget (a container query, not the viewport: a
// partner may put it in a sidebar on a wide screen): a table where every column fits, and below that one card per
// case with debtor, amount and status first and the rest labelled beneath. Nothing ever scrolls sideways.
import { css } from 'lit';

export const caseListStyles = css`
  :host {
    display: block;
    container: case-list / inline-size;
    /* The card layout's detail labels; the list sets them to the column names (CaseListView#labelDetails). */
    --_label-your-reference: '';
    --_label-created: '';
    --_label-due: '';
    --_label-collected: '';
  }
  .list {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .list__head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  h3 {
    margin: 0;
    font-size: 1.125em;
  }
  thead th {
    font-size: 0.875em;
    color: var(--_muted);
    white-space: nowrap;
  }
  tbody th,
  td.detail {
    overflow-wrap: anywhere;
  }
  td.date {
    white-space: nowrap;
  }
  .row-link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  td.status {
    white-space: nowrap;
  }
  .reference {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .quiet {
    color: var(--_muted);
  }
  .skeleton td span {
    display: block;
    height: 1em;
    border-radius: var(--_radius);
    width: 5em;
    background: var(--_surface-raised);
  }
  /* Widths that echo the real columns; set here, not inline, so a strict style-src CSP needs no exception. */
  .skeleton td:nth-child(1) span {
    width: 9em;
  }
  .skeleton td:nth-child(2) span,
  .skeleton td:nth-child(4) span {
    width: 6em;
  }
  .loading-text {
    display: flex;
    align-items: center;
    gap: var(--_space);
    color: var(--_muted);
    margin: 0;
  }
  .empty {
    justify-items: start;
  }
  p {
    margin: 0;
  }

  /* Below the width the table needs in the longest language (German status names), each case is a card. */
  @container case-list (width < 72em) {
    table,
    tbody,
    th,
    td {
      display: block;
    }
    /* Out of sight, still the column headers screen readers announce; the cards label the details themselves. */
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
      padding-block: calc(var(--_space) * 1.5);
      border-block-end: 1px solid var(--_border);
    }
    /* Debtor, amount and status share the first line as far as they fit; the labelled details start a new one. */
    tbody tr::after {
      content: '';
      flex-basis: 100%;
      order: 1;
    }
    tbody th,
    tbody td {
      padding: 0;
      border: 0;
    }
    tbody th {
      flex: 1 1 12em;
    }
    td.amount {
      flex: 0 0 auto;
      margin-inline-start: auto;
      font-weight: 600;
    }
    td.status {
      flex: 0 1 auto;
    }
    td.detail {
      order: 2;
      flex: 1 1 8em;
      text-align: start;
      font-size: 0.875em;
    }
    /* The list sets --_label-<column> to the column's name, once, rather than an attribute on every cell. */
    td.detail::before {
      display: block;
      color: var(--_muted);
    }
    td.your-reference::before {
      content: var(--_label-your-reference);
    }
    td.created::before {
      content: var(--_label-created);
    }
    td.due::before {
      content: var(--_label-due);
    }
    td.collected::before {
      content: var(--_label-collected);
    }
    td.detail:empty {
      display: none;
    }
    .skeleton td span {
      max-width: 100%;
    }
  }
`;
