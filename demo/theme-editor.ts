// The live theme editor: brand presets, colour pickers, font, radius, spacing, density and light/dark. Every
// change lands as a `--debitura-*` property on the themed area, which all widgets on the page inherit; "Copy
// CSS" exports exactly the properties set, and the contrast report checks the result against WCAG AA.
import { contrastFailures, describeContrastFailure, parseSimpleColor } from '../src/widget/styles/contrast-warning.js';
import { brandPresets, type BrandPreset, type ThemeProperties } from './brand-presets.js';
import { themeCss } from './theme-css.js';

const colourProperties: readonly [name: string, label: string][] = [
  ['primary', 'Primary'],
  ['on-primary', 'Text on primary'],
  ['surface', 'Background'],
  ['surface-raised', 'Panels'],
  ['text', 'Text'],
  ['muted', 'Secondary text'],
  ['border', 'Borders'],
  ['focus-ring', 'Focus ring'],
  ['danger', 'Errors'],
  ['success', 'Success'],
  ['warning', 'Warnings'],
];

const densities: Record<string, ThemeProperties> = {
  compact: { '--debitura-spacing': '0.375rem', '--debitura-font-size': '0.875rem' },
  regular: {},
  comfortable: { '--debitura-spacing': '0.75rem', '--debitura-font-size': '1.0625rem' },
};

/** Display order of the exported CSS: colours first, then type and shape. */
const propertyOrder = [
  ...colourProperties.map(([name]) => `--debitura-${name}`),
  '--debitura-font-family',
  '--debitura-font-size',
  '--debitura-radius',
  '--debitura-spacing',
];

export type Scheme = 'light' | 'dark';

export class ThemeEditor {
  readonly #properties = new Map<string, string>();
  #preset: BrandPreset | null = null;
  #scheme: Scheme = 'light';

  constructor(
    private readonly form: HTMLFormElement,
    private readonly themed: HTMLElement,
  ) {}

  start(): void {
    this.#renderColourPickers();
    const presetSelect = this.#control<HTMLSelectElement>('preset');
    presetSelect.append(...brandPresets.map((preset) => new Option(preset.name, preset.id)));
    presetSelect.addEventListener('change', () => this.applyPreset(presetSelect.value));
    this.form.addEventListener('input', (event) => this.#onInput(event));
    this.form.addEventListener('change', (event) => this.#onInput(event));
    this.#control<HTMLButtonElement>('copy-css').addEventListener('click', () => void this.#copy());
    this.#control<HTMLButtonElement>('reset-theme').addEventListener('click', () => this.applyPreset(''));
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.#refresh();
  }

  /** A brand preset by id, or back to the widget's defaults with ''. */
  applyPreset(id: string): void {
    this.#preset = brandPresets.find((preset) => preset.id === id) ?? null;
    this.#control<HTMLSelectElement>('preset').value = this.#preset?.id ?? '';
    this.#properties.clear();
    if (this.#preset) this.#setAll({ ...this.#preset.shape, ...this.#preset[this.#scheme] });
    this.#refresh();
  }

  setScheme(scheme: Scheme): void {
    this.#scheme = scheme;
    for (const radio of this.form.querySelectorAll<HTMLInputElement>('input[name="scheme"]'))
      radio.checked = radio.value === scheme;
    document.documentElement.dataset.scheme = scheme;
    for (const widget of document.querySelectorAll('debitura-collect')) widget.setAttribute('theme', scheme);
    // A brand's colours come in pairs of palettes: switch to the matching one.
    if (this.#preset) this.#setAll(this.#preset[scheme]);
    this.#refresh();
  }

  css(): string {
    const ordered = new Map(
      [...this.#properties].sort(([a], [b]) => propertyOrder.indexOf(a) - propertyOrder.indexOf(b)),
    );
    return themeCss(ordered);
  }

  #onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const property = target.dataset.property;
    if (property) {
      const unit = target.dataset.unit ?? '';
      this.#set(property, target.value === '' ? null : `${target.value}${unit}`);
    } else if (target.name === 'density') {
      this.#set('--debitura-spacing', null);
      this.#set('--debitura-font-size', null);
      this.#setAll(densities[target.value] ?? {});
    } else if (target.name === 'scheme' && event.type === 'change') {
      this.setScheme(target.value === 'dark' ? 'dark' : 'light');
      return;
    } else {
      return;
    }
    this.#refresh();
  }

  #setAll(properties: ThemeProperties): void {
    for (const [name, value] of Object.entries(properties)) this.#set(name, value);
  }

  #set(name: string, value: string | null): void {
    if (value === null) {
      this.#properties.delete(name);
      this.themed.style.removeProperty(name);
    } else {
      this.#properties.set(name, value);
      this.themed.style.setProperty(name, value);
    }
  }

  #renderColourPickers(): void {
    const fieldset = this.#control<HTMLFieldSetElement>('colours');
    for (const [name, label] of colourProperties) {
      const wrapper = document.createElement('label');
      wrapper.className = 'colour';
      const input = document.createElement('input');
      input.type = 'color';
      input.dataset.property = `--debitura-${name}`;
      input.dataset.colour = name;
      wrapper.append(input, ` ${label}`);
      fieldset.append(wrapper);
    }
  }

  /** Controls show what the widgets now use: set values, else the computed defaults. */
  #refresh(): void {
    const sample = document.querySelector<HTMLElement>('#themed debitura-collect');
    const computed = sample ? getComputedStyle(sample) : null;
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[data-colour]')) {
      const value = computed?.getPropertyValue(`--_${input.dataset.colour}`).trim() ?? '';
      if (/^#[0-9a-f]{6}$/i.test(value)) input.value = value.toLowerCase();
    }
    for (const control of this.form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      '[data-property]:not([type="color"])',
    )) {
      const set = this.#properties.get(control.dataset.property ?? '');
      const unit = control.dataset.unit ?? '';
      control.value = set !== undefined ? set.slice(0, set.length - unit.length) : (control.dataset.default ?? '');
    }
    this.#control<HTMLOutputElement>('theme-css').value = this.css();
    this.#reportContrast(computed);
  }

  #reportContrast(computed: CSSStyleDeclaration | null): void {
    const report = this.#control<HTMLElement>('contrast-report');
    if (!computed) return;
    const failures = contrastFailures((name) => parseSimpleColor(computed.getPropertyValue(`--_${name}`)));
    report.dataset.passes = String(failures.length === 0);
    report.textContent =
      failures.length === 0
        ? 'Every colour pair meets WCAG AA.'
        : `Below WCAG AA: ${failures.map((failure) => describeContrastFailure(failure)).join(' ')}`;
  }

  async #copy(): Promise<void> {
    const status = this.#control<HTMLElement>('copy-status');
    try {
      await navigator.clipboard.writeText(this.css());
      status.textContent = 'CSS copied.';
    } catch {
      status.textContent = 'Copying was blocked; select the CSS below and copy it.';
    }
  }

  #control<T extends Element>(id: string): T {
    const element = this.form.querySelector<T>(`#${id}`) ?? document.getElementById(id);
    if (!element) throw new Error(`the theme editor needs #${id}`);
    return element as unknown as T;
  }
}
