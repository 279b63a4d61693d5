// What staff do to one client in the partner console, in Chromium through the demo's Referral API proxy to the
// sandbox: a withdrawal Debitura refuses (409) is explained and changes nothing; KYC details are checked at
// their fields and then submitted; a fresh client is withdrawn, another reset after the console showed it can be
// deleted. Each of those clients is created for the test, so the seeded ones stay as other tests expect them.
import { expect } from '@open-wc/testing';
import type { ClientCreatedResponse } from '../../src/wire/referral.js';
import {
  buttonNamed,
  consoleProxyBase,
  fieldNamed,
  mountConsole,
  readViaProxy,
  search,
  shownView,
  signInStaff,
  textOf,
  waitFor,
} from './console-harness.js';

/** The sandbox's published partner key: the test creates its clients as the partner's backend would. */
const sandboxPartnerKey = 'sandbox-partner-key';

let counter = 0;
/** Clients the tests created, deleted afterwards so the shared sandbox ends as it began. */
const created: string[] = [];

/** A new client with no cases, onboarding unfinished (202), attributed to the partner. */
async function freshClient(): Promise<{ id: string; company: string }> {
  const id = `console-test-${Date.now()}-${++counter}`;
  const company = `Console Test ${Date.now() % 100000}-${counter} ApS`;
  const response = await fetch('/referral/clients', {
    method: 'POST',
    headers: { XApiKey: sandboxPartnerKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      externalTenantId: id,
      client: { name: company, country: 'DK', supportEmail: `office@${id}.example` },
      users: [{ name: 'Test Owner', email: `owner@${id}.example`, isOnboardingUser: true }],
    }),
  });
  if (response.status !== 201 && response.status !== 202) throw new Error(`POST /clients answered ${response.status}`);
  created.push(id);
  return { id, company };
}

async function clientStatus(id: string): Promise<number> {
  return (await fetch(`${consoleProxyBase}/clients/${encodeURIComponent(id)}`, { credentials: 'include' })).status;
}

/** The console on the clients section, with the client's detail open. */
async function openClient(query: string, id: string) {
  const element = await mountConsole();
  const view = await shownView(element, 'debitura-console-clients');
  await waitFor(() => view.querySelector('tbody tr'), 'the list never showed');
  search(view, 'Search', query);
  await waitFor(
    () => view.querySelectorAll('tbody tr').length === 1 && view.querySelector(`[data-tenant="${id}"]`),
    'the client is not listed',
    20_000,
  );
  view.querySelector<HTMLButtonElement>(`[data-tenant="${id}"]`)!.click();
  await waitFor(
    () =>
      view
        .querySelector('debitura-console-client-detail')
        ?.shadowRoot?.querySelector('debitura-console-client-actions')
        ?.shadowRoot?.querySelector('h4'),
    'no actions shown',
    20_000,
  );
  const detail = view.querySelector('debitura-console-client-detail')!.shadowRoot!;
  const actions = detail.querySelector('debitura-console-client-actions')!.shadowRoot!;
  return { element, view, detail, actions };
}

describe('partner console: client actions', () => {
  before(() => signInStaff(true));
  after(async () => {
    for (const id of created) {
      await fetch(`/referral/clients/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        headers: { XApiKey: sandboxPartnerKey },
      });
    }
  });

  it('explains a withdrawal Debitura refuses, and nothing changes', async function () {
    this.timeout(40_000);
    const { element, actions } = await openClient('Acme Supplies', 'acme-ready');
    buttonNamed(actions, 'Withdraw client').click();
    await waitFor(() => actions.querySelector('[role="alertdialog"]'), 'no confirmation');
    expect(textOf(actions.activeElement)).to.equal('Withdraw');
    await expect(element).to.be.accessible();
    buttonNamed(actions, 'Withdraw').click();
    await waitFor(() => actions.querySelector('[role="alert"]'), 'no refusal shown');
    expect(textOf(actions.querySelector('[role="alert"]'))).to.include(
      'one of its cases has moved past contract signing',
    );
    expect(await clientStatus('acme-ready')).to.equal(200);
    await expect(element).to.be.accessible();
  });

  it('checks the KYC details at their fields, then submits them once', async function () {
    this.timeout(40_000);
    const client = await freshClient();
    const { element, actions } = await openClient(client.company, client.id);
    buttonNamed(actions, 'Submit director details').click();
    await waitFor(() => actions.querySelector('#kyc-directorFullName-error'), 'no field errors');
    expect(textOf(actions.querySelector('#kyc-directorFullName-error'))).to.equal('Fill this in.');
    expect(actions.activeElement?.id).to.equal('kyc-directorFullName');
    await expect(element).to.be.accessible();

    for (const [label, value] of [
      ['Director’s full name', 'Test Owner'],
      ['Director’s home address', 'Nørregade 1, 1165 København'],
      ['Director’s date of birth', '1980-04-02'],
    ] as const) {
      const input = fieldNamed(actions, label);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    buttonNamed(actions, 'Submit director details').click();
    await waitFor(
      () => textOf(actions.querySelector('form.kyc [role="status"]')).includes('Director details submitted'),
      'no word of the submission',
      20_000,
    );
    const stored = await readViaProxy<ClientCreatedResponse>(`/clients/${client.id}`);
    expect(stored.kycVerification?.directorFullName).to.equal('Test Owner');
    expect(stored.kycVerification?.directorDateOfBirth?.slice(0, 10)).to.equal('1980-04-02');
  });

  it('withdraws a client whose cases have not started, and says so above the list', async function () {
    this.timeout(40_000);
    const client = await freshClient();
    const { view, actions } = await openClient(client.company, client.id);
    buttonNamed(actions, 'Withdraw client').click();
    await waitFor(() => actions.querySelector('[role="alertdialog"]'), 'no confirmation');
    buttonNamed(actions, 'Withdraw').click();
    await waitFor(() => !view.querySelector('debitura-console-client-detail'), 'the detail stayed open', 20_000);
    expect(textOf(view.querySelector('.alert--success'))).to.equal(`${client.company} was withdrawn.`);
    expect(await clientStatus(client.id)).to.equal(404);
  });

  it('resets a client in the test environment once it can be deleted', async function () {
    this.timeout(40_000);
    const client = await freshClient();
    const { element, view, actions } = await openClient(client.company, client.id);
    await waitFor(() => !buttonNamed(actions, 'Reset client').disabled, 'reset never became possible', 20_000);
    buttonNamed(actions, 'Reset client').click();
    await waitFor(() => actions.querySelector('[role="alertdialog"]'), 'no confirmation');
    await expect(element).to.be.accessible();
    buttonNamed(actions, 'Delete everything').click();
    await waitFor(() => !view.querySelector('debitura-console-client-detail'), 'the detail stayed open', 20_000);
    expect(textOf(view.querySelector('.alert--success'))).to.equal(`${client.company} was reset.`);
    expect(await clientStatus(client.id)).to.equal(404);
  });

  it('shows what blocks resetting a client with cases under way', async function () {
    this.timeout(40_000);
    const { actions } = await openClient('Acme Supplies', 'acme-ready');
    await waitFor(() => actions.querySelector('#reset-blockers li'), 'no blockers shown', 20_000);
    expect(buttonNamed(actions, 'Reset client').disabled).to.equal(true);
  });
});
