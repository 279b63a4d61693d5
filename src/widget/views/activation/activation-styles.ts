// Layout of the activation screen. Colours, radius and spacing come from the host's private `--_*` properties,
// so the partner's theme (and its Debitura branding) reaches it like every other view.
import { css } from 'lit';

export const activationStyles = css`
  :host {
    display: block;
  }
  .activation {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-width: 44rem;
  }
  .activation h3,
  .activation h4 {
    margin: 0;
    line-height: 1.3;
  }
  .activation h3 {
    justify-self: start;
    font-size: 1.25em;
  }
  .activation h4 {
    font-size: 1em;
  }
  .activation h3:focus {
    outline: none;
  }
  .activation h3:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .activation p {
    margin: 0;
  }
  .intro {
    color: var(--_muted);
  }
  .points {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .points li {
    position: relative;
    padding-inline-start: 1.75em;
  }
  /* A check mark in the partner's primary colour; decoration only, the words carry the meaning. */
  .points li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.25em;
    top: 0.35em;
    width: 0.5em;
    height: 0.85em;
    border: solid var(--_primary);
    border-width: 0 0.18em 0.18em 0;
    transform: rotate(45deg);
  }
  .panel {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .steps {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .link-button {
    text-decoration: none;
  }
  .waiting {
    display: flex;
    align-items: center;
    gap: var(--_space);
    color: var(--_muted);
  }
  .alert .actions {
    margin-block-start: var(--_space);
  }
`;
