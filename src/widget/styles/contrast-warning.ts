// Which theme colours must contrast with which (WCAG 2.2 AA: 4.5:1 for text, 3:1 for borders and focus
// rings), and a development-mode console warning when a partner's `--debitura-*` colours fall short. Like
// Moov's guardrail, but humane: the widget still renders; the developer hears about it while building.

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** A theme colour, named as in `--debitura-<name>` (and `--_<name>` inside the widget). */
export type ThemeColor =
  | 'primary'
  | 'on-primary'
  | 'surface'
  | 'surface-raised'
  | 'text'
  | 'muted'
  | 'border'
  | 'danger'
  | 'danger-surface'
  | 'success-surface'
  | 'warning-surface'
  | 'info-surface'
  | 'focus-ring'
  | `status-${StatusFamily}-bg`
  | `status-${StatusFamily}-fg`;

type StatusFamily = 'pending' | 'action' | 'active' | 'paused' | 'recovered' | 'closed';

export interface ContrastRequirement {
  foreground: ThemeColor;
  background: ThemeColor;
  minimum: number;
  /** Where the pair appears, for the warning. */
  use: string;
}

const textContrast = 4.5;
const nonTextContrast = 3;
const statusFamilies: readonly StatusFamily[] = ['pending', 'action', 'active', 'paused', 'recovered', 'closed'];

/** Every foreground/background pair the widget's styles draw. */
export const contrastRequirements: readonly ContrastRequirement[] = [
  { foreground: 'text', background: 'surface', minimum: textContrast, use: 'body text' },
  { foreground: 'muted', background: 'surface', minimum: textContrast, use: 'secondary text' },
  { foreground: 'text', background: 'surface-raised', minimum: textContrast, use: 'text in panels' },
  { foreground: 'muted', background: 'surface-raised', minimum: textContrast, use: 'secondary text in panels' },
  { foreground: 'on-primary', background: 'primary', minimum: textContrast, use: 'button labels' },
  { foreground: 'primary', background: 'surface', minimum: textContrast, use: 'links and secondary buttons' },
  { foreground: 'danger', background: 'surface', minimum: textContrast, use: 'field errors' },
  { foreground: 'text', background: 'danger-surface', minimum: textContrast, use: 'error alerts' },
  { foreground: 'text', background: 'success-surface', minimum: textContrast, use: 'success alerts' },
  { foreground: 'text', background: 'warning-surface', minimum: textContrast, use: 'warning alerts' },
  { foreground: 'text', background: 'info-surface', minimum: textContrast, use: 'information alerts' },
  { foreground: 'border', background: 'surface', minimum: nonTextContrast, use: 'field borders' },
  { foreground: 'focus-ring', background: 'surface', minimum: nonTextContrast, use: 'the focus ring' },
  ...statusFamilies.map((family): ContrastRequirement => ({
    foreground: `status-${family}-fg`,
    background: `status-${family}-bg`,
    minimum: textContrast,
    use: `the ${family} status badge`,
  })),
];

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `#rgb`, `#rrggbb` or an opaque `rgb()`; anything else (translucent, named, other spaces) is null. */
export function parseSimpleColor(value: string): Rgb | null {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16) };
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*(1|1\.0+|100%)\s*)?\)$/.exec(text);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) };
  return null;
}

export interface ContrastFailure extends ContrastRequirement {
  ratio: number;
}

/** The requirements a palette misses; pairs with a colour `read` cannot judge are left out. */
export function contrastFailures(read: (color: ThemeColor) => Rgb | null): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const requirement of contrastRequirements) {
    const foreground = read(requirement.foreground);
    const background = read(requirement.background);
    if (!foreground || !background) continue;
    const ratio = contrastRatio(foreground, background);
    if (ratio < requirement.minimum) failures.push({ ...requirement, ratio });
  }
  return failures;
}

export function describeContrastFailure(failure: ContrastFailure): string {
  return (
    `--debitura-${failure.foreground} on --debitura-${failure.background} (${failure.use}) has contrast ` +
    `${failure.ratio.toFixed(2)}:1; WCAG AA asks for ${failure.minimum}:1.`
  );
}

/** Code under which the warning is recorded in Lit's `litIssuedWarnings`; adding it there silences it. */
export const contrastWarningCode = 'debitura-contrast';

type LitWarningRegistry = { litIssuedWarnings?: Set<string | undefined> };

/** Turns any CSS colour the browser understands into sRGB by painting one pixel; translucent colours are null. */
function browserColorReader(): (value: string) => Rgb | null {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  return (value) => {
    if (!context || !value || !CSS.supports('color', value)) return null;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = value;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, alpha] = context.getImageData(0, 0, 1, 1).data;
    if (r === undefined || g === undefined || b === undefined || alpha !== 255) return null;
    return { r, g, b };
  };
}

/**
 * Warns once per page about each theme pair of `host` that misses WCAG AA. Only with Lit's development build
 * loaded (it defines `litIssuedWarnings`), so production pages pay nothing and see nothing.
 */
export function warnAboutLowContrast(host: HTMLElement): void {
  const issued = (globalThis as LitWarningRegistry).litIssuedWarnings;
  if (!issued || issued.has(contrastWarningCode) || typeof getComputedStyle !== 'function') return;
  const style = getComputedStyle(host);
  const toRgb = browserColorReader();
  const failures = contrastFailures((color) => toRgb(style.getPropertyValue(`--_${color}`).trim()));
  for (const failure of failures) {
    const message = `<debitura-collect>: ${describeContrastFailure(failure)}`;
    if (issued.has(message)) continue;
    issued.add(message);
    console.warn(`${message} Silence with globalThis.litIssuedWarnings.add('${contrastWarningCode}').`);
  }
}
