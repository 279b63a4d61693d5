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

  it('starts the branded header where the body starts, on a 375 px phone and a 1280 px page', async () => {
    const { host } = await mountNewCase();
    const root = host.shadowRoot!;
    for (const width of [375, 1280]) {
      host.parentElement!.style.width = `${width}px`;
      await host.updateComplete;
      const body = root.querySelector('[part="body"]')!.getBoundingClientRect();
      const logo = root.querySelector('[part="logo"]')!.getBoundingClientRect();
      const creditor = root.querySelector('[part="creditor"]')!.getBoundingClientRect();
      expect(logo.left, `${width}px: the logo over the body's first letter`).to.be.closeTo(body.left, 0.5);
      expect(creditor.right, `${width}px: the company line as wide as the body`).to.be.closeTo(body.right, 0.5);
      const band = header(host).getBoundingClientRect();
      expect(band.left, `${width}px: the band reaches past the text`).to.be.below(body.left);
      expect(band.right, `${width}px`).to.be.at.most(host.getBoundingClientRect().right + 0.5);
    }
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
