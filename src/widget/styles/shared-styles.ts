// Buttons, fields, alerts, badges and helpers every view shares, written against the private `--_*`
// properties the host defines, so one theme change reaches every view.
import { css } from 'lit';

export const sharedStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Author display rules (grid, flex) would otherwise beat the attribute's user-agent rule. */
  [hidden] {
    display: none !important;
  }

  :focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-height: 2.5em;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 2);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    transition: filter var(--_transition);
  }
  .button:hover:not(:disabled) {
    filter: brightness(1.08);
  }
  /* On a filled button the outer ring would touch its own colour; a ring in the button's text colour inside the
     border shows focus against the fill (the theme keeps that pair at 4.5:1). */
  .button:not(.button--secondary, .button--quiet):focus-visible {
    box-shadow: inset 0 0 0 2px var(--_on-primary);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .button--secondary {
    background: transparent;
    color: var(--_primary);
  }
  /* A busy button (see busy-button.ts) stays focusable but shows that it is working. */
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
  }
  .button--quiet {
    background: transparent;
    border-color: transparent;
    color: var(--_primary);
    text-decoration: underline;
  }

  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .field label,
  .field .field__label {
    font-weight: 600;
  }
  .field input,
  .field select,
  .field textarea {
    width: 100%;
    min-height: 2.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .field textarea {
    min-height: 5em;
    resize: vertical;
  }
  .field [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .field__hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .field__error {
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 600;
  }

  .alert {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
  }
  .alert__title {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }
  .alert p {
    margin: 0;
  }
  .alert--danger {
    border-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .alert--warning {
    border-color: var(--_warning);
    background: var(--_warning-surface);
  }
  .alert--success {
    border-color: var(--_success);
    background: var(--_success-surface);
  }
  .alert--info {
    border-color: var(--_primary);
    background: var(--_info-surface);
  }

  /* A status pill stays one line, never a two- or three-line oval; what holds it wraps the pill onto a line of
     its own instead (a flex row that wraps, or text around it). */
  .badge {
    display: inline-block;
    white-space: nowrap;
    padding: 0.125em 0.625em;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    background: var(--_status-pending-bg);
    color: var(--_status-pending-fg);
  }
  .badge[data-family='action'] {
    background: var(--_status-action-bg);
    color: var(--_status-action-fg);
  }
  .badge[data-family='active'] {
    background: var(--_status-active-bg);
    color: var(--_status-active-fg);
  }
  .badge[data-family='paused'] {
    background: var(--_status-paused-bg);
    color: var(--_status-paused-fg);
  }
  .badge[data-family='recovered'] {
    background: var(--_status-recovered-bg);
    color: var(--_status-recovered-fg);
  }
  .badge[data-family='closed'] {
    background: var(--_status-closed-bg);
    color: var(--_status-closed-fg);
  }

  .spinner {
    width: 1.25em;
    height: 1.25em;
    border: 2px solid var(--_border);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: debitura-spin 0.8s linear infinite;
  }
  @keyframes debitura-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-top-color: var(--_border);
      border-right-color: var(--_primary);
    }
  }

  a {
    color: var(--_primary);
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .badge,
    .alert {
      border: 1px solid CanvasText;
    }
  }
`;
