// The demo's language switch: every widget on the page follows the chosen `locale` at once, keeping its state.
export function startLocaleSwitch(select: HTMLSelectElement): void {
  select.addEventListener('change', () => {
    for (const widget of document.querySelectorAll('debitura-collect')) widget.setAttribute('locale', select.value);
  });
}
