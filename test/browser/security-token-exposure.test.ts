// During a full flow (sign-in, token, new case, list, detail, chat) the Debitura token stays in memory: it never
// reaches storage, cookies, DOM attributes, URLs or event details.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/widget/index.js';
import type { DebituraCollect } from '../../src/widget/index.js';
import {
  attachForNewCase,
  deepElements,
  fillDanishCompany,
  sendConfirmedCase,
  freshTokenEndpoint,
  signIn,
  tokenEndpoint,
} from './harness.js';

const eventNames = [
  'debitura-ready',
  'debitura-case-created',
  'debitura-action-required',
  'debitura-error',
  'debitura-view-change',
  'debitura-navigate',
  'debitura-case-updated',
];

function storageText(storage: Storage): string {
  return Array.from(
    { length: storage.length },
    (_, index) => `${storage.key(index)}=${storage.getItem(storage.key(index)!)}`,
  ).join('\n');
}

describe('security: the token stays in memory', () => {
  it('never shows up in storage, cookies, attributes, URLs or events during a full flow', async function () {
    this.timeout(30_000);
    const tokens = new Set<string>();
    const requestedUrls: string[] = [];
    const eventDetails: string[] = [];
    const realFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      requestedUrls.push(new Request(input, init).url);
      const answer = await realFetch(input, init);
      if (new URL(answer.url).pathname === tokenEndpoint && answer.ok) {
        tokens.add(((await answer.clone().json()) as { accessToken: string }).accessToken);
      }
      return answer;
    };
    const record = (event: Event) =>
      eventDetails.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`);
    for (const name of eventNames) window.addEventListener(name, record, true);
    try {
      await signIn('acme-ready');
      const host = document.createElement('debitura-collect') as DebituraCollect;
      host.setAttribute('environment', 'sandbox');
      host.setAttribute('token-endpoint', freshTokenEndpoint('exposure'));
      host.setAttribute('locale', 'en');
      const view = await attachForNewCase(host);
      const reference = await fillDanishCompany(view);
      const caseId = (await sendConfirmedCase(host, view)).id!;

      host.setAttribute('view', 'cases');
      await waitUntil(
        () => host.shadowRoot!.querySelector('debitura-case-list')?.shadowRoot?.textContent?.includes(reference),
        'list',
        { timeout: 8000 },
      );
      host.setAttribute('case-id', caseId);
      host.setAttribute('view', 'case');
      await waitUntil(() => host.shadowRoot!.querySelector('debitura-case-detail'), 'detail');
      const detail = host.shadowRoot!.querySelector('debitura-case-detail')!;
      await waitUntil(
        () => detail.shadowRoot?.querySelector('.detail') && !detail.shadowRoot.querySelector('[aria-busy="true"]'),
        'detail loaded',
        { timeout: 8000 },
      );
      const messages =
        deepElements(detail).find((element) => element.shadowRoot?.querySelector('textarea'))?.shadowRoot ??
        detail.shadowRoot!;
      const textarea = messages.querySelector('textarea')!;
      textarea.value = 'Any news on this case?';
      textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const sendButton = [...messages.querySelectorAll('button')].find(
        (button) => button.textContent?.trim() === 'Send message',
      )!;
      sendButton.click();
      await waitUntil(
        () => (messages.textContent ?? '').includes('Any news on this case?') && !textarea.value,
        'the message was never sent',
        { timeout: 8000 },
      );

      expect(tokens.size, 'the flow obtained a token').to.be.greaterThan(0);
      const everywhere = [
        storageText(localStorage),
        storageText(sessionStorage),
        document.cookie,
        location.href,
        history.state === null ? '' : JSON.stringify(history.state),
        ...requestedUrls,
        ...performance.getEntriesByType('resource').map((entry) => entry.name),
        ...deepElements(document).flatMap((element) =>
          [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`),
        ),
        ...eventDetails,
      ];
      expect(eventDetails.some((detail) => detail.startsWith('debitura-case-created'))).to.equal(true);
      for (const token of tokens) {
        // The signature alone is enough to identify a leak, even if the token was split or re-encoded around it.
        const signature = token.split('.').pop()!;
        for (const place of everywhere) expect(place.includes(signature), place.slice(0, 120)).to.equal(false);
      }
    } finally {
      window.fetch = realFetch;
      for (const name of eventNames) window.removeEventListener(name, record, true);
    }
  });
});
