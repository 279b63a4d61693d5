import { expect } from '@open-wc/testing';

describe('test server', () => {
  it('serves the dev backend on the page origin', async () => {
    const response = await fetch('/api/health');
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ ok: true });
  });
});
