// Security in Chromium: a case whose answers carry hostile links (files on http, protocol-relative or with
// credentials; a partner address with ?cc= and &body=) renders none of them as links. The case is the
// sandbox's; only the two fields under test are swapped in front of the real Customer API.
import { expect } from '@open-wc/testing';
import { casesContext, findCases, mountDetail } from './cases-harness.js';
import { deepElements } from './harness.js';

const hostileAddress = 'cases@wcr.example?cc=attacker@evil.example&body=Pay%20to%20DK0012345678';
const files = [
  { fileName: 'genuine.pdf', url: 'https://files.debitura.example/genuine.pdf', documentType: 'Other' },
  { fileName: 'cleartext.pdf', url: 'http://files.debitura.example/cleartext.pdf', documentType: 'Other' },
  { fileName: 'relative-scheme.pdf', url: '//evil.example/relative-scheme.pdf', documentType: 'Other' },
  {
    fileName: 'lookalike.pdf',
    url: 'https://files.debitura.example@evil.example/lookalike.pdf',
    documentType: 'Other',
  },
];

describe('security: links from Debitura’s answers (findings 13 and 14)', () => {
  it('links only the https file and no pre-filled e-mail', async function () {
    this.timeout(20_000);
    const hostile: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname;
      if (request.method === 'GET' && /\/cases\/[^/]+\/files$/.test(path)) return Response.json(files);
      const answer = await fetch(request);
      if (request.method !== 'GET' || !/\/cases\/[^/]+$/.test(path)) return answer;
      const item = await answer.json();
      item.collectionPartner = { ...item.collectionPartner, name: 'WCR Inkasso', officeEmail: hostileAddress };
      return Response.json(item);
    };
    const context = await casesContext({ fetch: hostile });
    const [item] = await findCases(context, ['Active'], 1);
    const view = await mountDetail(context, item!.id!);

    const anchors = [...deepElements(view.shadowRoot!)].filter(
      (element): element is HTMLAnchorElement => element.tagName === 'A',
    );
    const hrefs = anchors.map((anchor) => anchor.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => href.includes('.pdf'))).to.deep.equal(['https://files.debitura.example/genuine.pdf']);
    expect(hrefs.filter((href) => href.startsWith('mailto:'))).to.deep.equal([]);
    const shown = [view.shadowRoot!, ...deepElements(view.shadowRoot!).map((element) => element.shadowRoot)]
      .map((root) => root?.textContent ?? '')
      .join(' ');
    for (const name of ['cleartext.pdf', 'relative-scheme.pdf', 'lookalike.pdf']) {
      expect(shown, 'a refused file is still listed by name').to.contain(name);
    }
    expect(shown).to.contain('WCR Inkasso');
  });
});
