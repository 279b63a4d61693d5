// Entry of the script-tag build's module chunks. The page includes the loader (`script-tag-loader.ts`), which
// pins these chunks' integrity and imports this one: it registers the element, and what it exports becomes
// `window.DebituraCollect` for pages without a bundler: `TokenError` (for `fetchToken`), `DebituraApiError`, the
// event classes, `defineDebituraCollect`.
export * from './index.js';
