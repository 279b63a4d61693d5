// A button that reads as a link: for moves inside the widget (open a case, go to the tasks), which are actions,
// not addresses, yet sit in running text where a filled button would shout.
import { css } from 'lit';

export const linkButtonStyles = css`
  .link-button {
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
`;
