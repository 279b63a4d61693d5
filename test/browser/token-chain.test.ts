// The real browser chain on the test page's origin: demo sign-in cookie → token endpoint (credentials) →
// Customer API with the Bearer token.
import { expect } from '@open-wc/testing';
import { signIn } from './harness.js';

async function requestToken(): Promise<Response> {
  return fetch('/api/debitura/token', { method: 'POST', credentials: 'include', cache: 'no-store' });
}

describe('token chain', () => {
  afterEach(() => signIn('acme-ready'));

  it('signed in as acme-ready, the minted token opens the acme-ready company profile', async () => {
    await signIn('acme-ready');
    const tokenResponse = await requestToken();
    expect(tokenResponse.status).to.equal(200);
    expect(tokenResponse.headers.get('cache-control')).to.equal('no-store');
    const { accessToken, expiresIn } = (await tokenResponse.json()) as { accessToken: string; expiresIn: number };
    expect(accessToken).to.be.a('string').and.not.be.empty;
    expect(expiresIn).to.be.greaterThan(0);

    const me = await fetch('/customer/me', { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(me.status).to.equal(200);
    const profile = (await me.json()) as { companyName: string | null };
    expect(profile.companyName).to.equal('Acme Supplies ApS');
  });

  it('the session cookie is HttpOnly: the page cannot read or forge it', async () => {
    await signIn('acme-ready');
    expect(document.cookie).not.to.contain('demo_tenant');
  });

  it('signed out, the token endpoint answers 401 and the Customer API refuses without a token', async () => {
    await signIn(null);
    const tokenResponse = await requestToken();
    expect(tokenResponse.status).to.equal(401);
    expect(((await tokenResponse.json()) as { error: string }).error).to.equal('unauthenticated');
    expect((await fetch('/customer/me')).status).to.equal(401);
  });
});
