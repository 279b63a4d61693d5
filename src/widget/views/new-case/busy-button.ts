// A button that shows its work. While busy it stays focusable (a disabled button would drop focus) but is
// marked aria-disabled and ignores clicks, so a case cannot be sent twice.
import { html, nothing, type TemplateResult } from 'lit';

export interface BusyButtonOptions {
  type: 'submit' | 'button';
  busy: boolean;
  label: string;
  busyLabel: string;
  secondary?: boolean;
  onClick?: () => void;
}

export function busyButton(options: BusyButtonOptions): TemplateResult {
  const onClick = (event: Event) => {
    if (options.busy) {
      event.preventDefault();
      return;
    }
    options.onClick?.();
  };
  return html`
    <button
      class=${options.secondary ? 'button button--secondary' : 'button'}
      type=${options.type}
      aria-disabled=${options.busy ? 'true' : 'false'}
      @click=${onClick}
    >
      ${options.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      <span>${options.busy ? options.busyLabel : options.label}</span>
    </button>
  `;
}
