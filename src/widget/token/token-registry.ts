// The page-wide table of shared tokens: widgets with the same token endpoint URL, or the same `fetchToken`
// function object, get the same SharedToken, so a page with five widgets makes one token call, not five.
import { SharedToken } from './shared-token.js';
import { browserTokenEnvironment, type TokenEnvironment } from './token-environment.js';
import { issueToken, type FetchToken, type TokenSource } from './token-source.js';

export class TokenRegistry {
  readonly #env: TokenEnvironment;
  readonly #fetchImpl: typeof fetch | undefined;
  readonly #byUrl = new Map<string, SharedToken>();
  // Keyed weakly: a page that creates a new function per widget does not keep every token alive.
  readonly #byFunction = new WeakMap<FetchToken, SharedToken>();
  readonly #active = new Set<SharedToken>();
  #stopWatchingVisibility: (() => void) | null = null;

  constructor(env: TokenEnvironment = browserTokenEnvironment, fetchImpl?: typeof fetch) {
    this.#env = env;
    this.#fetchImpl = fetchImpl;
  }

  tokenFor(source: TokenSource): SharedToken {
    if (source.kind === 'function') {
      let shared = this.#byFunction.get(source.fetchToken);
      if (!shared) {
        shared = this.#create(source);
        this.#byFunction.set(source.fetchToken, shared);
      }
      return shared;
    }
    const key = absoluteUrl(source.url);
    let shared = this.#byUrl.get(key);
    if (!shared) {
      shared = this.#create({ kind: 'endpoint', url: key });
      this.#byUrl.set(key, shared);
    }
    return shared;
  }

  #create(source: TokenSource): SharedToken {
    return new SharedToken(
      () => issueToken(source, this.#fetchImpl),
      this.#env,
      (token, active) => this.#setActive(token, active),
    );
  }

  // The visibility listener exists only while some widget is connected, so unmounting leaves nothing behind.
  #setActive(token: SharedToken, active: boolean): void {
    if (active) this.#active.add(token);
    else this.#active.delete(token);
    if (this.#active.size > 0 && !this.#stopWatchingVisibility) {
      this.#stopWatchingVisibility = this.#env.onPageVisible(() => {
        for (const shared of this.#active) shared.refreshIfNearExpiry();
      });
    } else if (this.#active.size === 0 && this.#stopWatchingVisibility) {
      this.#stopWatchingVisibility();
      this.#stopWatchingVisibility = null;
    }
  }
}

function absoluteUrl(url: string): string {
  if (typeof document === 'undefined') return url;
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/** The registry every `<debitura-collect>` on the page shares. */
export const pageTokenRegistry = new TokenRegistry();
