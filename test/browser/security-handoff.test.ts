// Hand-off URLs come from the network: only https Debitura hosts or the sandbox origin are offered as links
// or in `debitura-action-required`; a javascript:, data: or http: signing URL is never rendered as a link.
import { expect } from '@open-wc/testing';
import type { DebituraActionRequiredEvent } from '../../src/widget/index.js';
import {
  choose,
  clickButton,
  confirmLabel,
  fillDanishCompany,
  mountNewCase,
  viewText,
  waitForStep,
  waitForText,
} from './harness.js';

function deepAnchors(root: Node): HTMLAnchorElement[] {
  const found: HTMLAnchorElement[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLAnchorElement) found.push(node);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/** Submits a case whose answer is Debitura's 422 for an unsigned contract, handing off to `signingUrl`. */
async function refusedWithHandoff(signingUrl: string) {
  const realFetch = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/cases')) {
      return Response.json(
        {
          businessErrors: [
            {
              type: 'MissingDebtCollectionContract',
              message: 'Sign the debt collection agreement first.',
              solutionUrl: signingUrl,
            },
          ],
          signingHandoff: { combinedSigningUrl: signingUrl },
        },
        { status: 422 },
      );
    }
    return realFetch(input, init);
  };
  try {
    const { host, view } = await mountNewCase();
    const offered: string[] = [];
    host.addEventListener('debitura-action-required', (event) =>
      offered.push((event as DebituraActionRequiredEvent).detail.url),
    );
    await fillDanishCompany(view);
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    await choose(view, confirmLabel);
    await clickButton(view, 'Send to collection');
    await waitForText(view, 'The case was not sent');
    return { host, view, offered, links: deepAnchors(host).map((anchor) => anchor.getAttribute('href') ?? '') };
  } finally {
    window.fetch = realFetch;
  }
}

describe('security: hand-off URLs', () => {
  it('offers an https Debitura signing URL as a link and in debitura-action-required', async () => {
    const trusted = 'https://testreferral.debitura.com/signing/sdca?token=abc';
    const { offered, links } = await refusedWithHandoff(trusted);
    expect(links.some((href) => href.startsWith(trusted))).to.equal(true);
    expect(offered.some((url) => url.startsWith(trusted))).to.equal(true);
  });

  for (const hostile of [
    `javascript:alert(document.domain)`,
    `JaVaScRiPt:alert(1)`,
    `data:text/html,<script>alert(1)</script>`,
    'http://referral.debitura.com/signing',
    'https://debitura.com.evil.example/signing',
    'https://evil.example/referral.debitura.com',
    'https://user:secret@referral.debitura.com/signing',
    'http://localhost:1/signing',
  ]) {
    it(`never links or offers ${hostile}`, async () => {
      const { view, offered, links } = await refusedWithHandoff(hostile);
      expect(viewText(view)).to.contain('The case was not sent');
      expect(
        links.filter(
          (href) =>
            href.startsWith(hostile) || href.toLowerCase().startsWith('javascript:') || href.startsWith('data:'),
        ),
      ).to.deep.equal([]);
      expect(offered).to.deep.equal([]);
    });
  }
});
