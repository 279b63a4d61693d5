// User Timing marks at the widget's milestones, so a partner's own performance tools (and `npm run bench`) can
// see how long the widget takes to become usable. Harmless where `performance` does not exist (SSR, old runtimes).

/** The marks the widget sets; `formInteractive` minus `connected` is the time from connecting to a usable form. */
export const perfMarkNames = {
  connected: 'debitura:connected',
  formInteractive: 'debitura:form-interactive',
} as const;

export type PerfMarkName = (typeof perfMarkNames)[keyof typeof perfMarkNames];

export function mark(name: PerfMarkName): void {
  globalThis.performance?.mark?.(name);
}
