// Which theme colours must contrast with which (WCAG 2.2 AA: 4.5:1 for text, 3:1 for borders and focus
// rings), and a development-mode console warning when a partner's `--debitura-*` colours fall short. Loaded only
// where Lit's development build runs (see debitura-collect.ts): production pages never download it. Like
// Moov's guardrail, but humane: the widget still renders; the developer hears about it while building.
import { contrastRatio, type Rgb } from './contrast.js';

export { contrastRatio, parseSimpleColor, relativeLuminance, type Rgb } from './contrast.js';

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
