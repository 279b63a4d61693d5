// The theme of <debitura-collect>: public `--debitura-*` custom properties, each read once into a private
// `--_*` property that every inner rule uses. Custom properties inherit into nested shadow roots, so views
// styled with `--_*` follow the partner's theme too. Default palettes meet WCAG AA (text 4.5:1, borders 3:1).
import { css } from 'lit';

const lightPalette = css`
  --_primary: var(--debitura-primary, #1d5bb8);
  --_on-primary: var(--debitura-on-primary, #ffffff);
  --_surface: var(--debitura-surface, #ffffff);
  --_surface-raised: var(--debitura-surface-raised, #f5f6f8);
  --_text: var(--debitura-text, #1a1d23);
  --_muted: var(--debitura-muted, #5b6270);
  --_border: var(--debitura-border, #868e9a);
  --_danger: var(--debitura-danger, #b42318);
  --_danger-surface: var(--debitura-danger-surface, #fdecea);
  --_success: var(--debitura-success, #137333);
  --_success-surface: var(--debitura-success-surface, #e6f4ea);
  --_warning: var(--debitura-warning, #8a5a00);
  --_warning-surface: var(--debitura-warning-surface, #fff4d6);
  --_info-surface: var(--debitura-info-surface, #e3edfc);
  --_focus-ring: var(--debitura-focus-ring, #1d5bb8);
  --_status-pending-bg: var(--debitura-status-pending-bg, #eef1f5);
  --_status-pending-fg: var(--debitura-status-pending-fg, #3d4653);
  --_status-action-bg: var(--debitura-status-action-bg, #fff4d6);
  --_status-action-fg: var(--debitura-status-action-fg, #7a4b00);
  --_status-active-bg: var(--debitura-status-active-bg, #e3edfc);
  --_status-active-fg: var(--debitura-status-active-fg, #174a96);
  --_status-paused-bg: var(--debitura-status-paused-bg, #efeaf8);
  --_status-paused-fg: var(--debitura-status-paused-fg, #5a3d8a);
  --_status-recovered-bg: var(--debitura-status-recovered-bg, #e2f4e8);
  --_status-recovered-fg: var(--debitura-status-recovered-fg, #0f5f2a);
  --_status-closed-bg: var(--debitura-status-closed-bg, #eceef1);
  --_status-closed-fg: var(--debitura-status-closed-fg, #4a515c);
  color-scheme: light;
`;

const darkPalette = css`
  --_primary: var(--debitura-primary, #8ab4f8);
  --_on-primary: var(--debitura-on-primary, #0b1a33);
  --_surface: var(--debitura-surface, #16191e);
  --_surface-raised: var(--debitura-surface-raised, #1f232a);
  --_text: var(--debitura-text, #e8eaed);
  --_muted: var(--debitura-muted, #a9b0bb);
  --_border: var(--debitura-border, #767e8b);
  --_danger: var(--debitura-danger, #ff8f85);
  --_danger-surface: var(--debitura-danger-surface, #3b1d1b);
  --_success: var(--debitura-success, #74d68f);
  --_success-surface: var(--debitura-success-surface, #12301d);
  --_warning: var(--debitura-warning, #f0c14b);
  --_warning-surface: var(--debitura-warning-surface, #3a2e0c);
  --_info-surface: var(--debitura-info-surface, #16294a);
  --_focus-ring: var(--debitura-focus-ring, #8ab4f8);
  --_status-pending-bg: var(--debitura-status-pending-bg, #2a2f37);
  --_status-pending-fg: var(--debitura-status-pending-fg, #c9d0da);
  --_status-action-bg: var(--debitura-status-action-bg, #3a2e0c);
  --_status-action-fg: var(--debitura-status-action-fg, #f5cf6b);
  --_status-active-bg: var(--debitura-status-active-bg, #16294a);
  --_status-active-fg: var(--debitura-status-active-fg, #a9c8fb);
  --_status-paused-bg: var(--debitura-status-paused-bg, #2d2540);
  --_status-paused-fg: var(--debitura-status-paused-fg, #cdb8f2);
  --_status-recovered-bg: var(--debitura-status-recovered-bg, #123321);
  --_status-recovered-fg: var(--debitura-status-recovered-fg, #8fe0a6);
  --_status-closed-bg: var(--debitura-status-closed-bg, #262a30);
  --_status-closed-fg: var(--debitura-status-closed-fg, #b8bec8);
  color-scheme: dark;
`;

/** Host-level theme: palette by `theme` attribute (`auto` follows the operating system), type and spacing. */
export const themeStyles = css`
  :host {
    ${lightPalette}
    --_font-family: var(--debitura-font-family, var(--_brand-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_font-size: var(--debitura-font-size, 1rem);
    --_radius: var(--debitura-radius, 6px);
    --_space: var(--debitura-spacing, 0.5rem);
    --_transition: 120ms ease-out;
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0s;
    }
  }
`;
