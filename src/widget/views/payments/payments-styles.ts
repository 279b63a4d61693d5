// Layout of the payments view, by the width of whatever holds the widget (a container query, as the case list):
// a table on a wide container; on a narrow one each payment becomes a card with its date, case and amount on top
// and the labelled details beneath.
import { css } from 'lit';

export const paymentsStyles = css`
  :host {
    display: block;
    container: payments / inline-size;
  }
  .payments {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .range legend {
    padding-inline: calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  .range .field {
    min-width: 10em;
  }
  .range__problem {
    flex-basis: 100%;
  }
  .totals {
    display: grid;
    gap: var(--_space);
  }
  .totals__list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .totals__list li {
    display: grid;
  }
  .totals__amount {
    font-size: 1.375em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  th {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .payment__action {
    text-align: end;
  }
  .payment-detail {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  @container payments (width < 40em) {
    table,
    tbody,
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
      gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
      padding-block: calc(var(--_space) * 1.25);
      border-block-end: 1px solid var(--_border);
    }
    tbody td {
      padding: 0;
      border: 0;
    }
    .payment__amount {
      margin-inline-start: auto;
      font-weight: 700;
    }
    .payment__extra {
      flex: 1 1 8em;
      font-size: 0.875em;
    }
    .payment__extra::before {
      content: attr(data-label);
      display: block;
      color: var(--_muted);
    }
    .payment__action {
      flex-basis: 100%;
      text-align: start;
    }
  }
`;
