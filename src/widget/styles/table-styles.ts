// The tables of the case list, the payments, a case's payments and the partner console: full width, a rule under
// every row, text at the start and amounts at the end in figures of one width. How a view's headers look, and
// how its rows turn into cards on a narrow container, stay with the view.
import { css } from 'lit';

export const tableStyles = css`
  /* Only a last resort for data no layout can fit (an unbroken 60-digit reference); the views' layouts fit. */
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
  .number {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
`;
