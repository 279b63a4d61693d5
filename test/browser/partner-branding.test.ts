// The partner's Debitura branding, sent by the real token endpoint from the sandbox's Referral GET /me, is the
// widget's default look: logo, font and header colours. The partner's own CSS still wins.
import { expect } from '@open-wc/testing';
import { mountNewCase } from './harness.js';

function header(host: HTMLElement): HTMLElement {
  return host.shadowRoot!.querySelector<HTMLElement>('[part="header"]')!;
}

describe('partner branding from the token endpoint', () => {
  it('shows the partner logo, font and header colours by default', async () => {
    const { host } = await mountNewCase();
    const logo = host.shadowRoot!.querySelector<HTMLImageElement>('img[part="logo"]');
    expect(logo?.src).to.equal(`${location.origin}/hosted/assets/partner-logo.svg`);
    expect(logo?.alt, 'decorative: the title names the widget').to.equal('');
    expect(getComputedStyle(host).fontFamily).to.match(/^Inter\b/);
    expect(getComputedStyle(header(host)).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(header(host)).color).to.equal('rgb(31, 41, 55)');
    await expect(host).to.be.accessible();
  });

  it('gives way to the partner page’s own font and to the dark theme', async () => {
    const { host } = await mountNewCase();
    host.style.setProperty('--debitura-font-family', 'Georgia, serif');
    host.setAttribute('theme', 'dark');
    await host.updateComplete;
    expect(getComputedStyle(host).fontFamily).to.match(/^Georgia\b/);
    expect(getComputedStyle(header(host)).backgroundColor, 'no light band in the dark theme').to.equal(
      'rgba(0, 0, 0, 0)',
    );
    await expect(host).to.be.accessible();
  });
});
