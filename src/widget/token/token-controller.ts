// Connects the page-wide shared token to one element: fetches as soon as the element connects, keeps it fresh
// while connected, and stops every timer on disconnect. A successful refresh never re-renders the host, so a
// refresh can never remount a view or lose what the user typed; only a change of state (ready, failed) does.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PartnerBranding } from '../../wire/partner-branding.js';
import type { SharedToken, SharedTokenEvent } from './shared-token.js';
import { TokenError } from './token-error.js';
import { pageTokenRegistry, type TokenRegistry } from './token-registry.js';
import type { TokenSource } from './token-source.js';

export type TokenState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; error: TokenError };

export interface TokenControllerOptions {
  /** The current source, read before every update; null when none is configured. */
  source: () => TokenSource | null;
  /** Called once per transition into the error state (e.g. to fire `debitura-error`). */
  onError?: (error: TokenError) => void;
  /** Called when a token first becomes available after loading or an error. */
  onReady?: () => void;
  registry?: TokenRegistry;
}

export class TokenController implements ReactiveController {
  state: TokenState = { status: 'loading' };
  readonly #host: ReactiveControllerHost;
  readonly #options: TokenControllerOptions;
  readonly #registry: TokenRegistry;
  #shared: SharedToken | null = null;
  /** The source currently attached; `null` means "none configured", `undefined` means not attached. */
  #attached: TokenSource | null | undefined = undefined;
  #unsubscribe: (() => void) | null = null;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: TokenControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.#registry = options.registry ?? pageTokenRegistry;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    // Attaching waits for the first update (a microtask away), so properties set right after the element
    // was inserted, like `fetchToken`, are already in place.
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    if (!this.#connected) return;
    const source = this.#options.source();
    if (this.#attached && sameSource(this.#attached, source)) return;
    this.#detach();
    this.#attach(source);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#detach();
  }

  /** A token for the next request; rejects with a TokenError when none can be had. */
  getToken = (): Promise<string> => {
    if (!this.#shared) return Promise.reject(new TokenError('not_configured'));
    return this.#shared.getToken();
  };

  /** The Customer API refused `rejectedToken`; the next `getToken()` fetches a new one. */
  invalidate = (rejectedToken: string): void => {
    this.#shared?.invalidate(rejectedToken);
  };

  /** The user pressed retry after a failure. */
  retry(): void {
    if (!this.#shared) {
      this.#detach();
      this.#attach(this.#options.source());
      return;
    }
    this.#setState({ status: 'loading' });
    this.#load(this.#shared);
  }

  #attach(source: TokenSource | null): void {
    this.#attached = source;
    if (!source) {
      this.#fail(new TokenError('not_configured'));
      return;
    }
    const shared = this.#registry.tokenFor(source);
    this.#shared = shared;
    this.#unsubscribe = shared.subscribe((event) => this.#onSharedEvent(shared, event));
    if (this.state.status !== 'ready') this.#setState({ status: 'loading' });
    this.#load(shared);
  }

  #detach(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#shared = null;
    this.#attached = undefined;
  }

  /** The partner branding that came with the token, if the token endpoint sends it. */
  get branding(): PartnerBranding | undefined {
    return this.#shared?.branding;
  }

  #load(shared: SharedToken): void {
    shared.getToken().then(
      () => {
        if (this.#shared === shared) this.#becomeReady();
      },
      (error: unknown) => {
        if (this.#shared === shared) this.#fail(error instanceof TokenError ? error : new TokenError('unavailable'));
      },
    );
  }

  #onSharedEvent(shared: SharedToken, event: SharedTokenEvent): void {
    if (this.#shared !== shared) return;
    if (event.type === 'refreshed') {
      if (this.state.status !== 'ready') this.#becomeReady();
      return;
    }
    // A background refresh that failed while the old token still works is not the user's concern yet,
    // unless the failure means it will never work again (signed out, not linked).
    if (event.hasValidToken && event.error.retryable) return;
    if (this.state.status === 'ready') this.#fail(event.error);
  }

  #becomeReady(): void {
    if (this.state.status === 'ready') return;
    this.#setState({ status: 'ready' });
    this.#options.onReady?.();
  }

  #fail(error: TokenError): void {
    if (this.state.status === 'error' && this.state.error.reason === error.reason) return;
    this.#setState({ status: 'error', error });
    this.#options.onError?.(error);
  }

  #setState(state: TokenState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}

function sameSource(a: TokenSource | null, b: TokenSource | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'endpoint') return b.kind === 'endpoint' && a.url === b.url;
  return b.kind === 'function' && a.fetchToken === b.fetchToken;
}
