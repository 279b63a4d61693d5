// An XSS corpus placed in every field the widget renders executes nothing in Chromium. The data is created
// through the sandbox's Customer API; a global canary must never be called by anything the widget renders,
// while the same payloads placed with innerHTML in a control element do call it (so the payloads are live).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { casesContext, mountDetail, mountList, sandboxBase, text } from './cases-harness.js';
import { clickButton, deepElements, fillDanishCompany, mountNewCase, waitForText } from './harness.js';

declare global {
  interface Window {
    __xssCanary?: (id: string) => void;
  }
}

const fired: string[] = [];

/** Payloads that run `__xssCanary(tag)` if rendered as markup or followed as a URL. */
function corpus(tag: string): string[] {
  return [
    `<script>__xssCanary('${tag}-script')</script>`,
    `<img src=x onerror=__xssCanary('${tag}-img')>`,
    `<svg onload=__xssCanary('${tag}-svg')>`,
    `<svg><animate onbegin=__xssCanary('${tag}-anim') attributeName=x dur=1s>`,
    `"><img src=x onerror=__xssCanary('${tag}-attr')>`,
    `<a href="javascript:__xssCanary('${tag}-a')">link</a>`,
    `javascript:__xssCanary('${tag}-url')`,
    `<iframe srcdoc="<script>parent.__xssCanary('${tag}-frame')</script>"></iframe>`,
    `<details open ontoggle=__xssCanary('${tag}-toggle')>`,
  ];
}

/** Nothing in the rendered tree can run script: no script or frame elements, no handlers, no script URLs. */
function expectInert(root: Node): void {
  for (const element of deepElements(root)) {
    expect(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'], element.outerHTML.slice(0, 120)).not.to.include(element.tagName);
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${element.tagName} ${attribute.name}`).to.equal(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name)) {
        expect(attribute.value.trim().toLowerCase().startsWith('javascript:'), attribute.value).to.equal(false);
      }
    }
  }
}

/** Places the corpus in a control element and waits until the live payloads have called the canary. */
async function provePayloadsAreLive(): Promise<void> {
  const control = await fixture(html`<div></div>`);
  control.innerHTML = corpus('control').join('');
  // Handlers that need no network (toggle, SVG animation, srcdoc frame) prove inserted markup runs here.
  await waitUntil(
    () => ['control-toggle', 'control-anim', 'control-frame'].every((id) => fired.includes(id)),
    `the control payloads never ran: ${fired.join()}`,
  );
}

function widgetHits(): string[] {
  return fired.filter((id) => !id.startsWith('control-'));
}

describe('security: XSS corpus in everything the widget renders', () => {
  before(() => {
    window.__xssCanary = (id: string) => fired.push(id);
  });
  after(() => {
    // Control images may still report after the suite; a silent canary keeps that out of the logs.
    window.__xssCanary = () => undefined;
  });

  it('renders hostile case data, chat messages, timeline text and file names as text', async function () {
    this.timeout(30_000);
    const context = await casesContext();
    const token = await context.getToken();
    const auth = { Authorization: `Bearer ${token}` };
    const all = (tag: string) => corpus(tag).join(' ');
    const reference = `<img src=x onerror=__xssCanary('ref')>`.slice(0, 50);
    const created = await fetch(`${sandboxBase}/cases`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({
        currencyCode: 'DKK',
        amountToRecover: 2500,
        date: '2025-11-03',
        dueDate: '2025-12-03',
        creditorReference: `${reference.slice(0, 40)}${Date.now().toString(36)}`,
        comments: all('comments'),
        claimDescription: all('claim'),
        debtor: {
          type: 'Company',
          name: `<img src=x onerror=__xssCanary('debtor')> ${all('debtor')}`,
          contactPerson: all('contact'),
          address: all('address'),
          city: all('city'),
          zipCode: '1620',
          countryAlpha2: 'DK',
          email: 'billing@nordlys.example',
        },
      }),
    });
    expect(created.status, await created.clone().text()).to.equal(200);
    const invoice = (await created.json()) as { id: string; creditorReference: string };

    const users = (await (await fetch(`${sandboxBase}/users`, { headers: auth })).json()) as {
      users?: Array<{ email?: string }>;
    };
    const userEmail = users.users?.find((user) => user.email)?.email;
    expect(userEmail, 'a team member to send as').to.be.a('string');
    for (const message of corpus('chat')) {
      const chat = await fetch(`${sandboxBase}/cases/${invoice.id}/chats`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ message, userEmail }),
      });
      expect(chat.status).to.equal(200);
    }
    // The file name also reaches the timeline ("<name> was added to the case.").
    for (const name of [`<img src=x onerror=__xssCanary('file')>.pdf`, `<svg onload=__xssCanary('file-svg')>.pdf`]) {
      const form = new FormData();
      form.set('File', new File([new Uint8Array(16)], name, { type: 'application/pdf' }));
      form.set('Description', `<img src=x onerror=__xssCanary('file-description')>`);
      const upload = await fetch(`${sandboxBase}/cases/${invoice.id}/files`, {
        method: 'POST',
        headers: auth,
        body: form,
      });
      expect(upload.status, await upload.clone().text()).to.equal(200);
    }

    const list = await mountList(context);
    expect(text(list)).to.contain(invoice.creditorReference);
    expect(text(list)).to.contain(`<img src=x onerror=__xssCanary('debtor')>`);
    const detail = await mountDetail(context, invoice.id);
    const shown =
      text(detail) +
      deepElements(detail)
        .map((element) => element.shadowRoot?.textContent ?? '')
        .join(' ');
    expect(shown).to.contain(`<script>__xssCanary('chat-script')</script>`);
    expect(shown).to.contain(`<img src=x onerror=__xssCanary('file')>.pdf`);

    await provePayloadsAreLive();
    expectInert(list);
    expectInert(detail);
    // Following every link the views offer runs nothing either.
    for (const anchor of [...deepElements(list), ...deepElements(detail)].filter(
      (element) => element instanceof HTMLAnchorElement,
    )) {
      expect(anchor.protocol, anchor.href).to.be.oneOf(['https:', 'http:', 'mailto:', 'blob:']);
    }
    expect(widgetHits()).to.deep.equal([]);
  });

  it('never links a file whose URL is a script URL', async () => {
    const context = await casesContext();
    const token = await context.getToken();
    const created = await context.client.createCase(
      {
        currencyCode: 'DKK',
        amountToRecover: 900,
        date: '2025-11-03',
        dueDate: '2025-12-03',
        creditorReference: `X-${Date.now().toString(36)}`,
        debtor: {
          type: 'Company',
          name: 'Fjord Foods ApS',
          address: 'Havnegade 1',
          city: 'Aarhus',
          zipCode: '8000',
          countryAlpha2: 'DK',
        },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    const form = new FormData();
    form.set('File', new File([new Uint8Array(16)], 'invoice.pdf', { type: 'application/pdf' }));
    await fetch(`${sandboxBase}/cases/${created.id!}/files`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });

    const realFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const answer = await realFetch(input, init);
      if (!new Request(input, init).url.endsWith(`/cases/${created.id!}/files`)) return answer;
      const files = (await answer.json()) as Array<Record<string, unknown>>;
      return Response.json(files.map((file) => ({ ...file, url: `javascript:__xssCanary('file-url')` })));
    };
    try {
      const detail = await mountDetail(context, created.id!);
      const shown = deepElements(detail)
        .map((element) => element.shadowRoot?.textContent ?? '')
        .join(' ');
      expect(shown).to.contain('invoice.pdf');
      expectInert(detail);
      for (const anchor of deepElements(detail).filter((element) => element instanceof HTMLAnchorElement))
        anchor.click();
      await provePayloadsAreLive();
      expect(widgetHits()).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows hostile API error messages as text', async () => {
    const realFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/cases/preview')) {
        return Response.json(
          {
            error: corpus('error').join(' '),
            message: corpus('message').join(' '),
            businessErrors: corpus('business').map((message) => ({
              type: 'SomeFutureRule',
              message,
              solutionUrl: `javascript:__xssCanary('solution')`,
            })),
          },
          { status: 422 },
        );
      }
      return realFetch(input, init);
    };
    try {
      const { view, host } = await mountNewCase();
      await fillDanishCompany(view);
      await clickButton(view, 'Check price');
      await waitForText(view, `<script>__xssCanary('business-script')</script>`);
      expectInert(host);
      await provePayloadsAreLive();
      expect(widgetHits()).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });
});
