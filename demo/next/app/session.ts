// Stand-in for the partner's own session lookup: the Debitura tenant (`externalTenantId`) of the user signed in
// to the partner's app. A real app reads it from its session; never from anything the browser sends.
export function signedInTenant(): Promise<string | null> {
  return Promise.resolve(process.env.DEMO_TENANT ?? 'acme-ready');
}
