// Proxy mode (`api-base`): the widget's calls go to the partner's own backend. They carry the partner's session
// cookies, also when that backend is on another origin, and a header the proxy's CSRF check requires (a
// cross-site form cannot send one). Calls straight to Debitura carry neither: Debitura never sees the partner's
// cookies, and its CORS policy is not asked to allow a header it does not know.

export const partnerProxyHeader = { name: 'X-Requested-With', value: 'debitura-collect' } as const;

/** What a Customer API call adds for where it goes. */
export function callSettings(viaPartnerProxy: boolean): {
  credentials: RequestCredentials;
  headers: Record<string, string>;
} {
  return viaPartnerProxy
    ? { credentials: 'include', headers: { [partnerProxyHeader.name]: partnerProxyHeader.value } }
    : { credentials: 'same-origin', headers: {} };
}
