// Layout of the overview, by the width of whatever holds the widget: cards in two columns on a wide container,
// one on a narrow one. Bars take the status colours the badges use, so a status looks the same everywhere.
import { css } from 'lit';

export const overviewStyles = css`
  :host {
    display: block;
    container: overview / inline-size;
  }
  .overview {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .overview__grid {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: calc(var(--_space) * 2);
  }
  .card {
    display: grid;
    align-content: start;
    gap: var(--_space);
    min-width: 0;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card--tasks {
    align-self: start;
  }
  .card--full {
    grid-column: 1 / -1;
  }
  .card--attention {
    border-inline-start: 4px solid var(--_warning);
  }
  .figure {
    font-size: 1.25em;
    font-weight: 700;
  }
  .bars {
    display: grid;
    grid-template-columns: max-content minmax(4em, 1fr) max-content;
    align-items: center;
    gap: calc(var(--_space) * 0.75) var(--_space);
  }
  .bars__row {
    display: contents;
  }
  .bars__track {
    display: block;
    inline-size: 100%;
    block-size: 1em;
  }
  .bars__value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .bar {
    fill: var(--_status-pending-fg);
  }
  .bar--action {
    fill: var(--_status-action-fg);
  }
  .bar--active {
    fill: var(--_status-active-fg);
  }
  .bar--paused {
    fill: var(--_status-paused-fg);
  }
  .bar--recovered {
    fill: var(--_status-recovered-fg);
  }
  .bar--closed {
    fill: var(--_status-closed-fg);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: calc(var(--_space) * 0.5);
  }
  th,
  td {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  thead th {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .share {
    display: flex;
    align-items: center;
    gap: var(--_space);
    white-space: nowrap;
  }
  .share__bar {
    inline-size: 5em;
    block-size: 0.75em;
    flex: none;
  }
  .share__outstanding {
    fill: var(--_border);
  }
  .share__recovered {
    fill: var(--_success);
  }
  .events {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .events li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .events time {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .events__text {
    flex: 1 1 12em;
  }
  @container overview (width < 48em) {
    .overview__grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .bar,
    .share__recovered {
      fill: CanvasText;
    }
    .share__outstanding {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
