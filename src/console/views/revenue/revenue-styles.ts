// The revenue section's own layout: tables that are bar charts too (each figure with a bar scaled to the
// largest in its table), the stage checkboxes and the export row.
import { css } from 'lit';

export const revenueStyles = css`
  .bar-cell {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space);
  }
  /* German names these columns with single long words ("Vermittlungsgebühren"): on a phone they break inside. */
  .chart thead th {
    white-space: normal;
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  .bar-track {
    flex: 1 1 6em;
    min-width: 2em;
    max-width: 16em;
    height: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    overflow: hidden;
  }
  .bar {
    display: block;
    height: 100%;
    width: calc(var(--share, 0) * 100%);
    background: var(--_primary);
  }
  .bar-cell[data-stage='Disputed'] .bar {
    background: var(--_danger);
  }
  .bar-cell[data-stage='Paid'] .bar {
    background: var(--_success);
  }
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(22em, 100%), 1fr));
    align-items: start;
    min-width: 0;
    gap: calc(var(--_space) * 2);
  }
  fieldset.stages {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset.stages legend {
    padding-inline: calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  fieldset.stages label {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-height: 2em;
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  @media (forced-colors: active) {
    .bar {
      background: CanvasText;
    }
  }
`;
