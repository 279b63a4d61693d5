// The filter bar above a list (the case list, the partner console's lists): labelled fields side by side as far
// as they fit, the search field wider, its buttons beside the input, or beneath it on a phone.
import { css } from 'lit';

export const filterStyles = css`
  /* Fields align at the top so their labels share a baseline; only the search field has a hint beneath. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: calc(var(--_space) * 1.5);
  }
  .filters .field {
    flex: 1 1 12em;
  }
  .filters .field--search {
    flex: 2 1 24em;
  }
  /* The buttons move under the input before the input gets too short to read what was typed. */
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .search input {
    flex: 1 1 15em;
    min-width: 0;
  }
  /* On a phone the input has the whole width, in every language; the buttons go beneath it. The query asks the
     nearest container: the view that holds the bar (the case list, a console list). */
  @container (width < 30em) {
    .search input {
      flex-basis: 100%;
    }
  }
`;
