// Debitura's hosted environments and each one's API hosts. A partner key, its tenants and their tokens belong to
// one environment, so a test key's tokens only work on the test Customer API: the two tables share their keys.
// The sandbox is not here: it serves both APIs on whatever origin runs it.

/** Debitura's own environments. */
export type HostedEnvironment = 'production' | 'test';

/** Referral Partner API hosts (the partner's server: tokens, onboarding, coverage). */
export const referralApiBaseUrls = {
  production: 'https://referral-api.debitura.com',
  test: 'https://testreferral-api.debitura.com',
} as const satisfies Record<HostedEnvironment, string>;

/** Customer API hosts (the widget, or the partner's proxy in its place). */
export const customerApiBaseUrls = {
  production: 'https://customer-api.debitura.com',
  test: 'https://testcustomer-api.debitura.com',
} as const satisfies Record<HostedEnvironment, string>;
