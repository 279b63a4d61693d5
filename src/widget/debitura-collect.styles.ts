// Layout of the <debitura-collect> shell: header, state blocks and the view area.
import { css } from 'lit';

/** The header as the dark theme draws it, partner colours or not: a light band would glare there. */
const plainHeader = css`
  margin-inline: 0;
  padding: var(--_space) 0 calc(var(--_space) - 1px);
  border-block-end: 1px solid var(--_border);
  background: none;
  color: inherit;
`;

export const debituraCollectStyles = css`
  :host {
    display: block;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  .widget {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
  }
  /* The header keeps its height when the partner's branding (colours, logo) arrives with the token, so the form
     below, already in use by then, does not move: the same block padding plus border either way, room for the
     logo from the start, and items centred rather than on a baseline the logo would move. */
  .header {
    container: header / inline-size;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding-block: var(--_space) calc(var(--_space) - 1px);
    border-block-end: 1px solid var(--_border);
  }
  .brand {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 1.75em;
  }
  .logo {
    display: block;
    height: 1.75em;
    width: auto;
    max-width: 10em;
    object-fit: contain;
  }
  /* The partner's Debitura header colours (set by the branding sheet), in the light theme only. The band runs
     through the widget's padding to its edges, so the title inside it starts where the body below starts, at any
     width; the header's content keeps its width, so nothing rewraps when the branding arrives. */
  .header--branded {
    margin-inline: calc(var(--_space) * -2);
    padding: var(--_space) calc(var(--_space) * 2);
    border-block-end: 0;
    border-radius: 0;
    background: var(--_brand-header-bg);
    color: var(--_brand-header-fg);
  }
  .header--branded .creditor {
    color: inherit;
  }
  :host([theme='dark']) .header--branded {
    ${plainHeader}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .header--branded {
      ${plainHeader}
    }
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  /* A line of its own: "Connecting to Debitura…" and "Collecting for …" differ in length, and a swap must not
     wrap the header onto another line under the user's cursor. */
  .creditor {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
  }
  /* On a phone "Collecting for <company>" takes two lines where "Connecting…" took one: the line keeps room
     for two from the start, so the form does not move down when the token names the company. */
  @container header (width < 21em) {
    .creditor {
      min-block-size: 2lh;
    }
  }
  .loading {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: 6rem;
    color: var(--_muted);
  }
  /* The partner's support contact sits in a panel of the activation screen, which gives it its spacing. */
  ::slotted([slot='support']) {
    margin: 0;
  }
  .alert .button {
    justify-self: start;
    margin-block-start: var(--_space);
  }
`;
