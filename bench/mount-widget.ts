// In-page step shared by the browser measurements: mount a <debitura-collect> against the sandbox and wait for
// `debitura-ready`. Passed to `page.evaluate`, so it must be self-contained.
import type { WidgetView } from '../src/widget/events/debitura-events.js';

export interface MountOptions {
  view?: WidgetView;
  /** The case the `case` view shows. */
  caseId?: string;
  timeoutMs?: number;
}

export interface MountResult {
  /** performance.now() just before the element was appended, and when `debitura-ready` arrived. */
  appendedAt: number;
  readyAt: number;
}

/** Runs in the page. Leaves the element in the document; the caller removes it. */
export function mountWidget(options: MountOptions = {}): Promise<MountResult> {
  const element = document.createElement('debitura-collect');
  element.setAttribute('environment', 'sandbox');
  element.setAttribute('token-endpoint', '/api/debitura/token');
  if (options.view) element.setAttribute('view', options.view);
  if (options.caseId) element.setAttribute('case-id', options.caseId);
  element.dataset.bench = '';
  return new Promise<MountResult>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('no debitura-ready within the time limit')),
      options.timeoutMs ?? 10_000,
    );
    element.addEventListener(
      'debitura-ready',
      () => {
        clearTimeout(timer);
        resolve({ appendedAt, readyAt: performance.now() });
      },
      { once: true },
    );
    element.addEventListener(
      'debitura-error',
      (event) => {
        clearTimeout(timer);
        reject(new Error(`debitura-error: ${(event as CustomEvent<{ message: string }>).detail.message}`));
      },
      { once: true },
    );
    const appendedAt = performance.now();
    document.body.append(element);
  });
}

declare global {
  interface Window {
    /** `mountWidget`, installed in every bench page so in-page loops can call it. */
    benchMountWidget: typeof mountWidget;
  }
}
