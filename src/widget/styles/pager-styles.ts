// The pager's layout (see views/cases/pager.ts): the page buttons in a wrapping row, the current page filled, and
// where the reader is and the page size beside them, moving under them when the row is full.
import { css } from 'lit';

export const pagerStyles = css`
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
`;
