// The console's sections, in the order its navigation shows them.
export const consoleViews = ['clients', 'cases', 'revenue', 'webhooks'] as const;
export type ConsoleView = (typeof consoleViews)[number];
