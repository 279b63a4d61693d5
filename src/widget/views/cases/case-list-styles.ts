// Layout of the case list: a filter bar that wraps on narrow widths, a table that scrolls sideways rather than
// squeezing, skeleton rows, and the pager.
import { css } from 'lit';

export const caseListStyles = css`
  :host {
    display: block;
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
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 1.5);
  }
  .filters .field {
    flex: 1 1 12rem;
  }
  .filters .field--search {
    flex: 2 1 16rem;
  }
  .search {
    display: flex;
    gap: var(--_space);
  }
  .search input {
    flex: 1;
    min-width: 0;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
  }
  th,
  td {
    padding: var(--_space);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  th {
    font-size: 0.875em;
    color: var(--_muted);
    white-space: nowrap;
  }
  td.number,
  th.number {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
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
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .pager ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pager .button {
    min-width: 2.5em;
    padding-inline: var(--_space);
  }
  .pager [aria-current='page'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .pager .gap {
    align-self: center;
    padding-inline: calc(var(--_space) * 0.5);
  }
  .pager__size {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .pager__size select {
    min-height: 2.5em;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  p {
    margin: 0;
  }
`;
