// Entry of the self-contained script-tag build. `<script src=".../debitura-collect.iife.js">` registers the
// element and exposes this module as `window.DebituraCollect`, so a page without a bundler can still reach what
// npm users import: `TokenError` (for `fetchToken`), `DebituraApiError`, the event classes, `defineDebituraCollect`.
export * from './index.js';
