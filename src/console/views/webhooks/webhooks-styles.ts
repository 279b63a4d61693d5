// The webhook section's own layout: one panel per subscription with its address, health and events, the event
// checkboxes of the forms, and the once-only secret.
import { css } from 'lit';

export const webhooksStyles = css`
  .subscription__head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .url {
    flex: 1 1 16em;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  .event-list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  fieldset.events {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset.events.invalid {
    border-color: var(--_danger);
    border-width: 2px;
  }
  fieldset.events legend {
    padding-inline: calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  .event-choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16em, 100%), 1fr));
    gap: calc(var(--_space) * 0.25) var(--_space);
  }
  .event-choices label,
  label.check {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-height: 2em;
  }
  .secret input {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  }
  .danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .danger-fill {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_surface);
  }
  .subscriptions {
    gap: calc(var(--_space) * 1.5);
  }
  h5 {
    margin: 0;
  }
`;
