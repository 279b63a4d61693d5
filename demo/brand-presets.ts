// Three invented partner brands for the theme editor, each with a light and a dark palette, so designers can
// see how far the `--debitura-*` properties take the widget. Every palette meets WCAG AA (checked live by the
// editor's contrast report).

export type ThemeProperties = Record<string, string>;

export interface BrandPreset {
  id: string;
  name: string;
  /** Type, shape and spacing: the same in light and dark. */
  shape: ThemeProperties;
  light: ThemeProperties;
  dark: ThemeProperties;
}

export const brandPresets: readonly BrandPreset[] = [
  {
    id: 'fjordbank',
    name: 'Fjordbank Invoicing',
    shape: {
      '--debitura-font-family': "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
      '--debitura-radius': '2px',
      '--debitura-spacing': '0.5rem',
    },
    light: {
      '--debitura-primary': '#0b5563',
      '--debitura-on-primary': '#ffffff',
      '--debitura-surface': '#fbfdfd',
      '--debitura-surface-raised': '#eef4f5',
      '--debitura-text': '#10262b',
      '--debitura-muted': '#4a6267',
      '--debitura-border': '#7a9196',
      '--debitura-focus-ring': '#0b5563',
    },
    dark: {
      '--debitura-primary': '#7fd3df',
      '--debitura-on-primary': '#06262b',
      '--debitura-surface': '#0d1b1e',
      '--debitura-surface-raised': '#142a2e',
      '--debitura-text': '#e3f1f3',
      '--debitura-muted': '#9fb9bd',
      '--debitura-border': '#6a878c',
      '--debitura-focus-ring': '#7fd3df',
    },
  },
  {
    id: 'saffron',
    name: 'Saffron Books',
    shape: {
      '--debitura-font-family': "Georgia, 'Times New Roman', serif",
      '--debitura-radius': '10px',
      '--debitura-spacing': '0.625rem',
    },
    light: {
      '--debitura-primary': '#9a3b00',
      '--debitura-on-primary': '#ffffff',
      '--debitura-surface': '#fffaf3',
      '--debitura-surface-raised': '#f8eddc',
      '--debitura-text': '#2d1b0e',
      '--debitura-muted': '#6b5140',
      '--debitura-border': '#a08670',
      '--debitura-focus-ring': '#9a3b00',
    },
    dark: {
      '--debitura-primary': '#ffb26b',
      '--debitura-on-primary': '#2d1400',
      '--debitura-surface': '#1e1510',
      '--debitura-surface-raised': '#2a1e16',
      '--debitura-text': '#f8ebdd',
      '--debitura-muted': '#cdb49e',
      '--debitura-border': '#8a715e',
      '--debitura-focus-ring': '#ffb26b',
    },
  },
  {
    id: 'moss',
    name: 'Moss ERP',
    shape: {
      '--debitura-font-family': "Verdana, 'DejaVu Sans', sans-serif",
      '--debitura-radius': '16px',
      '--debitura-spacing': '0.75rem',
      '--debitura-font-size': '0.9375rem',
    },
    light: {
      '--debitura-primary': '#2f6b2f',
      '--debitura-on-primary': '#ffffff',
      '--debitura-surface': '#ffffff',
      '--debitura-surface-raised': '#f0f5ec',
      '--debitura-text': '#1b2a1b',
      '--debitura-muted': '#4f5f4d',
      '--debitura-border': '#7f917c',
      '--debitura-focus-ring': '#2f6b2f',
    },
    dark: {
      '--debitura-primary': '#9fd89f',
      '--debitura-on-primary': '#0f2a0f',
      '--debitura-surface': '#121a12',
      '--debitura-surface-raised': '#1a261a',
      '--debitura-text': '#e6f1e4',
      '--debitura-muted': '#a9bca6',
      '--debitura-border': '#6f856c',
      '--debitura-focus-ring': '#9fd89f',
    },
  },
];
