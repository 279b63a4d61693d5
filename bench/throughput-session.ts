// The partner session every throughput server reads its tenant from: the cookie autocannon sends, and the
// session store behind it (one signed-in user of the bench tenant).
export const benchTenant = 'acme-ready';
export const benchSessionCookie = 'sid=bench-session; theme=dark';
const sessions = new Map([['bench-session', benchTenant]]);

export function sessionTenant(cookie: string | null | undefined): string | null {
  const sessionId = /(?:^|;\s*)sid=([^;]+)/.exec(cookie ?? '')?.[1];
  return (sessionId && sessions.get(sessionId)) ?? null;
}
