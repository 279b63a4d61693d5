// The console's sections, in the order its navigation shows them.
export const consoleViews = ['clients', 'revenue', 'webhooks'] as const;
export type ConsoleView = (typeof consoleViews)[number];
