// Where the element stands with each view's code: loaded, on its way, or failed. Asking for a view's status
// starts its load; the host updates when it arrives or fails, and a failure is reported once per attempt.
import type { ReactiveControllerHost } from 'lit';
import type { ViewModule } from './view-chunks.js';
import { isViewLoaded, loadView } from './view-modules.js';

export type ViewLoadStatus = 'ready' | 'loading' | 'error';

/** Needs no part in the host's lifecycle: a view's code, once asked for, is worth having whatever the host does. */
export class ViewLoadController {
  readonly #host: ReactiveControllerHost;
  readonly #onError: (view: ViewModule, error: unknown) => void;
  readonly #pending = new Set<ViewModule>();
  readonly #failed = new Set<ViewModule>();

  constructor(host: ReactiveControllerHost, onError: (view: ViewModule, error: unknown) => void) {
    this.#host = host;
    this.#onError = onError;
  }

  status(view: ViewModule): ViewLoadStatus {
    if (isViewLoaded(view)) return 'ready';
    if (this.#failed.has(view)) return 'error';
    if (!this.#pending.has(view)) {
      this.#pending.add(view);
      loadView(view).then(
        () => {
          this.#pending.delete(view);
          this.#host.requestUpdate();
        },
        (error: unknown) => {
          this.#pending.delete(view);
          this.#failed.add(view);
          this.#onError(view, error);
          this.#host.requestUpdate();
        },
      );
    }
    return 'loading';
  }

  retry(view: ViewModule): void {
    this.#failed.delete(view);
    this.#host.requestUpdate();
  }
}
