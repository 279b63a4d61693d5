// What every sandbox route reads: the state, the resolved options, the clock and hosted-page URLs.
import type { ResolvedSandboxOptions } from './options.js';
import type { SandboxStore } from './store.js';

export interface SandboxContext {
  store: SandboxStore;
  options: ResolvedSandboxOptions;
  /** The sandbox clock (options.now); use it for every timestamp so tests can move time. */
  now(): Date;
  /**
   * Absolute URL of a hosted page (signing, onboarding, link approval) for a path such as
   * `/sign/contracts?tenant=acme`. Served by the sandbox itself under `/hosted/...` so hand-offs work offline.
   */
  hostedUrl(path: string): string;
}
