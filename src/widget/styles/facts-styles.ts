// Label/value facts (a case's summary, a payment's detail): each label above its value, as many columns as fit.
import { css } from 'lit';

export const factsStyles = css`
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
    margin: 0;
  }
  /* Each value right under its label, however tall a neighbour in the row (a partner's name over two lines):
     the fact keeps to the top of its row instead of spreading its label and value apart. */
  .facts div {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 0.25);
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
