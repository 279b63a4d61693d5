// Plays a user inside one widget for the state gallery: finds fields by their visible label, fills them,
// presses buttons by their text, and waits for what a person would wait for. Designers reach every state
// without typing; nothing here reaches into the widget's private state.

const pollMs = 50;
const patienceMs = 15000;

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

/** Polls until `probe` returns something truthy; rejects with `what` after a while. */
export async function waitFor<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} never happened`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export class ScriptedUser {
  constructor(
    private readonly host: HTMLElement,
    private readonly viewTag: string,
  ) {}

  /** The shadow root of the view currently shown by the widget. */
  async view(): Promise<ShadowRoot> {
    return waitFor(() => this.host.shadowRoot?.querySelector(this.viewTag)?.shadowRoot, `<${this.viewTag}> appearing`);
  }

  async text(): Promise<string> {
    return collapse((await this.view()).textContent);
  }

  async fill(label: string, value: string): Promise<void> {
    const root = await this.view();
    const labelElement = await waitFor(
      () => [...root.querySelectorAll('label')].find((element) => collapse(element.textContent) === label),
      `a field labelled "${label}"`,
    );
    const control = (
      labelElement.htmlFor
        ? root.getElementById(labelElement.htmlFor)
        : labelElement.querySelector('input, select, textarea')
    ) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
    if (!control) throw new Error(`the label "${label}" names no control`);
    control.value = value;
    control.dispatchEvent(
      new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
    );
    control.dispatchEvent(new Event('blur'));
    control.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  }

  async check(label: string): Promise<void> {
    const root = await this.view();
    const labelElement = await waitFor(
      () => [...root.querySelectorAll('label')].find((element) => collapse(element.textContent) === label),
      `a checkbox labelled "${label}"`,
    );
    const box = (
      labelElement.htmlFor ? root.getElementById(labelElement.htmlFor) : labelElement.querySelector('input')
    ) as HTMLInputElement | null;
    if (box && !box.checked) box.click();
  }

  async press(text: string): Promise<void> {
    const root = await this.view();
    const button = await waitFor(
      () =>
        [...root.querySelectorAll<HTMLElement>('button, a.button')].find(
          (element) => collapse(element.textContent) === text && !(element as HTMLButtonElement).disabled,
        ),
      `a "${text}" button`,
    );
    button.click();
  }

  /**
   * Follows a link the way a user does, but keeps the page where it is: the widget sees the click (and, say,
   * says "finish in the other tab") while no tab opens.
   */
  async follow(text: string): Promise<void> {
    const root = await this.view();
    const link = await waitFor(
      () =>
        [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].find((element) =>
          collapse(element.textContent).startsWith(text),
        ),
      `a "${text}" link`,
    );
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
  }

  async waitForText(text: string): Promise<void> {
    const root = await this.view();
    await waitFor(() => collapse(root.textContent).includes(text), `"${text}" appearing`);
  }

  async waitForSelector(selector: string): Promise<Element> {
    const root = await this.view();
    return waitFor(() => root.querySelector(selector), `${selector} appearing`);
  }
}
