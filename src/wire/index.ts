// The Debitura wire contract: zod schemas shared by the widget, the token server and the sandbox.
export { isoDate, isoDateTime } from './formats.js';
export * from './errors.js';
export * from './case.js';
export * from './case-list.js';
export * from './tasks.js';
export * from './quote-requests.js';
export * from './exclusive-period.js';
export * from './account-payments.js';
export * from './preview.js';
export * from './case-resources.js';
export * from './creditor-me.js';
export * from './referral.js';
export * from './coverage.js';
export * from './referral-reporting.js';
export * from './webhooks.js';
export * from './environments.js';
export * from './webhook-events.js';
export * from './divisions.js';
