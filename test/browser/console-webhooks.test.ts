// The partner console's webhook section in Chromium, through the demo's Referral API proxy to the sandbox:
// creating a subscription checks the address and the events at their fields and shows the signing secret once;
// events, pausing, a new secret and deletion (after a confirmation) reach Debitura as the proxy then reports;
// a test event is queued; a subscription Debitura stopped shows why; a read-only proxy's refusal reads as "not
// enabled". Every state passes axe.
import { expect, oneEvent } from '@open-wc/testing';
import type { DebituraPartnerConsole } from '../../src/console/index.js';
import type { DebituraErrorEvent } from '../../src/widget/index.js';
import type { WebhookDto } from '../../src/wire/webhooks.js';
import {
  buttonNamed,
  consoleProxyBase,
  fieldNamed,
  mountConsole,
  readViaProxy,
  shownView,
  signInStaff,
  textOf,
  waitFor,
} from './console-harness.js';

let counter = 0;
/** An address no other test subscribed, so each test finds its own subscription. */
function uniqueUrl(): string {
  return `https://hooks.northwind.example/debitura/${Date.now()}-${++counter}`;
}

async function webhooksShown(apiBase?: string): Promise<{ element: DebituraPartnerConsole; view: ShadowRoot }> {
  const element = await mountConsole({ view: 'webhooks', ...(apiBase ? { apiBase } : {}) });
  const view = await shownView(element, 'debitura-console-webhooks');
  await waitFor(() => view.querySelector('.subscriptions, .empty'), 'the subscriptions never showed');
  return { element, view };
}

function subscriptionOf(view: ShadowRoot, url: string): HTMLElement | undefined {
  return [...view.querySelectorAll<HTMLElement>('li.subscription')].find(
    (item) => textOf(item.querySelector('.url')) === url,
  );
}

function pick(root: ParentNode, events: string[]): void {
  for (const box of root.querySelectorAll<HTMLInputElement>('fieldset.events input[type="checkbox"]')) {
    if (events.includes(box.value) !== box.checked) box.click();
  }
}

async function proxyWebhook(url: string): Promise<WebhookDto | undefined> {
  return (await readViaProxy<WebhookDto[]>('/v1/Webhooks')).find((webhook) => webhook.url === url);
}

/** Creates a subscription through the console's form; returns the secret it showed. */
async function createThroughForm(view: ShadowRoot, url: string, events: string[]): Promise<string> {
  buttonNamed(view, 'New subscription').click();
  await waitFor(() => view.querySelector('#webhook-url'), 'the form never opened');
  const input = fieldNamed(view, 'HTTPS address');
  input.value = url;
  input.dispatchEvent(new Event('input'));
  pick(view.querySelector('form')!, events);
  buttonNamed(view, 'Save').click();
  await waitFor(() => view.querySelector<HTMLInputElement>('#webhook-secret')?.value, 'no secret shown');
  await waitFor(() => subscriptionOf(view, url), 'the new subscription is not listed');
  return view.querySelector<HTMLInputElement>('#webhook-secret')!.value;
}

describe('partner console: webhooks', () => {
  before(() => signInStaff(true));
  // Subscriptions these tests made would otherwise keep receiving other tests' events in the shared sandbox.
  after(async () => {
    for (const webhook of await readViaProxy<WebhookDto[]>('/v1/Webhooks')) {
      if (webhook.url?.startsWith('https://hooks.northwind.example/debitura/')) {
        await fetch(`${consoleProxyBase}/v1/Webhooks/${webhook.id}`, {
          method: 'DELETE',
          credentials: 'include',
          headers: { 'X-Requested-With': 'debitura-partner-console' },
        });
      }
    }
  });

  it('checks the address and the events at their fields before anything is sent', async function () {
    this.timeout(30_000);
    const { element, view } = await webhooksShown();
    buttonNamed(view, 'New subscription').click();
    await waitFor(() => view.querySelector('#webhook-url'), 'the form never opened');
    expect(view.activeElement?.id).to.equal('webhook-url');
    buttonNamed(view, 'Save').click();
    await waitFor(() => view.querySelector('#webhook-url-error'), 'no address error');
    expect(textOf(view.querySelector('#webhook-url-error'))).to.equal('Enter the address Debitura should post to.');
    expect(textOf(view.querySelector('fieldset.events .field__error'))).to.equal('Choose at least one event.');
    expect(view.activeElement?.id).to.equal('webhook-url');

    const input = fieldNamed(view, 'HTTPS address');
    input.value = 'http://hooks.northwind.example/debitura';
    input.dispatchEvent(new Event('input'));
    pick(view.querySelector('form')!, ['client.linked']);
    buttonNamed(view, 'Save').click();
    await waitFor(() => view.querySelector('#webhook-url-error'), 'no HTTPS error');
    expect(textOf(view.querySelector('#webhook-url-error'))).to.equal('Debitura only delivers to HTTPS addresses.');
    expect(input.value, 'what was typed stays').to.equal('http://hooks.northwind.example/debitura');
    await expect(element).to.be.accessible();
  });

  it('creates a subscription and shows its secret once, then edits, pauses, resumes and rotates it', async function () {
    this.timeout(40_000);
    const { element, view } = await webhooksShown();
    const url = uniqueUrl();
    const secret = await createThroughForm(view, url, ['client.linked', 'case.created']);
    expect(secret).to.match(/^[A-Za-z0-9+/]+=*$/);
    expect((await proxyWebhook(url))?.events).to.deep.equal(['client.linked', 'case.created']);
    expect(view.activeElement?.id).to.equal('secret-title');
    await expect(element).to.be.accessible();
    buttonNamed(view, 'I have stored it').click();
    await waitFor(() => !view.querySelector('#webhook-secret'), 'the secret stayed on screen');

    let item = subscriptionOf(view, url)!;
    buttonNamed(item, 'Edit events').click();
    await waitFor(() => subscriptionOf(view, url)!.querySelector('form.edit'), 'no events form');
    item = subscriptionOf(view, url)!;
    pick(item.querySelector('form.edit')!, ['client.linked', 'case.closed']);
    buttonNamed(item, 'Save').click();
    await waitFor(() => textOf(subscriptionOf(view, url)).includes('Events saved.'), 'no word of the saved events');
    expect((await proxyWebhook(url))?.events).to.deep.equal(['client.linked', 'case.closed']);

    buttonNamed(subscriptionOf(view, url)!, 'Pause deliveries').click();
    await waitFor(() => textOf(subscriptionOf(view, url)).includes('Deliveries paused.'), 'not paused');
    expect((await proxyWebhook(url))?.isActive).to.equal(false);
    await waitFor(() => textOf(subscriptionOf(view, url)?.querySelector('.badge')) === 'Paused', 'no paused badge');
    buttonNamed(subscriptionOf(view, url)!, 'Resume deliveries').click();
    await waitFor(() => textOf(subscriptionOf(view, url)).includes('Deliveries resumed.'), 'not resumed');
    expect((await proxyWebhook(url))?.isActive).to.equal(true);

    buttonNamed(subscriptionOf(view, url)!, 'New signing secret').click();
    await waitFor(() => view.querySelector<HTMLInputElement>('#webhook-secret')?.value, 'no new secret');
    expect(view.querySelector<HTMLInputElement>('#webhook-secret')!.value).to.not.equal(secret);
    await expect(element).to.be.accessible();
  });

  it('deletes a subscription only after a confirmation', async function () {
    this.timeout(40_000);
    const { element, view } = await webhooksShown();
    const url = uniqueUrl();
    await createThroughForm(view, url, ['case.closed']);
    buttonNamed(view, 'I have stored it').click();

    buttonNamed(subscriptionOf(view, url)!, 'Delete').click();
    await waitFor(() => subscriptionOf(view, url)!.querySelector('[role="alertdialog"]'), 'no confirmation');
    expect(textOf(view.activeElement)).to.equal('Delete subscription');
    await expect(element).to.be.accessible();
    buttonNamed(subscriptionOf(view, url)!, 'Cancel').click();
    expect(await proxyWebhook(url), 'cancel keeps it').to.not.equal(undefined);

    buttonNamed(subscriptionOf(view, url)!, 'Delete').click();
    await waitFor(() => subscriptionOf(view, url)!.querySelector('[role="alertdialog"]'), 'no confirmation');
    buttonNamed(subscriptionOf(view, url)!, 'Delete subscription').click();
    await waitFor(() => !subscriptionOf(view, url), 'the subscription is still listed');
    expect(await proxyWebhook(url)).to.equal(undefined);
    expect(textOf(view.querySelector('.outcome'))).to.equal('Subscription deleted.');
  });

  it('sends a test event, and shows why Debitura stopped delivering to an address that answers 410 Gone', async function () {
    this.timeout(40_000);
    const { view } = await webhooksShown();
    const url = `${location.origin}/partner-proxy/webhook-gone?run=${Date.now()}`;
    await createThroughForm(view, url, ['client.linked']);
    buttonNamed(view, 'I have stored it').click();

    view.querySelector<HTMLSelectElement>('#test-event')!.value = 'client.linked';
    view.querySelector('#test-event')!.dispatchEvent(new Event('change'));
    await waitFor(() => view.querySelector('#test-client option[value="acme-ready"]'), 'no clients to test with');
    view.querySelector<HTMLSelectElement>('#test-client')!.value = 'acme-ready';
    view.querySelector('#test-client')!.dispatchEvent(new Event('change'));
    buttonNamed(view, 'Send test event').click();
    await waitFor(
      () => /Queued \d+ deliver/.test(textOf(view.querySelector('form[aria-labelledby="test-title"]'))),
      'no word of the test event',
    );
    const queued = Number(/Queued (\d+)/.exec(textOf(view.querySelector('form[aria-labelledby="test-title"]')))![1]);
    expect(queued).to.be.at.least(1);

    await waitFor(
      async () => Boolean((await proxyWebhook(url))?.disabledReason),
      'Debitura never stopped the 410 address',
      20_000,
    );
    const reopened = await webhooksShown();
    const item = subscriptionOf(reopened.view, url)!;
    expect(textOf(item.querySelector('.badge'))).to.equal('Stopped by Debitura');
    expect(textOf(item)).to.include('Why: Endpoint returned 410 Gone');
    await expect(reopened.element).to.be.accessible();
    buttonNamed(item, 'Delete').click();
    await waitFor(() => subscriptionOf(reopened.view, url)!.querySelector('[role="alertdialog"]'), 'no confirmation');
    buttonNamed(subscriptionOf(reopened.view, url)!, 'Delete subscription').click();
    await waitFor(() => !subscriptionOf(reopened.view, url), 'not deleted');
  });

  it('says plainly that an action is not enabled when the partner’s proxy is read-only', async function () {
    this.timeout(30_000);
    const { element, view } = await webhooksShown('/partner-proxy/referral-readonly');
    const url = uniqueUrl();
    buttonNamed(view, 'New subscription').click();
    await waitFor(() => view.querySelector('#webhook-url'), 'the form never opened');
    const input = fieldNamed(view, 'HTTPS address');
    input.value = url;
    input.dispatchEvent(new Event('input'));
    pick(view.querySelector('form')!, ['client.linked']);
    const failed = oneEvent(element, 'debitura-error') as Promise<DebituraErrorEvent>;
    buttonNamed(view, 'Save').click();
    const error = await failed;
    expect(error.detail.code).to.equal('operation_disabled');
    await waitFor(() => view.querySelector('form [role="alert"]'), 'no refusal shown');
    expect(textOf(view.querySelector('form [role="alert"]'))).to.include('Not enabled in this console');
    expect(input.value, 'the address typed stays').to.equal(url);
    expect(await proxyWebhook(url)).to.equal(undefined);
    await expect(element).to.be.accessible();
  });
});
