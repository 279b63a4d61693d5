// Every state the widget can be in, each reached by a live widget against the local sandbox: some by their
// attributes alone (a tenant, a view), the rest by a scripted user filling and sending the form. English texts
// are what the scripted user reads; the gallery starts in English and the locale switch applies afterwards.
import type { FetchToken } from '../src/widget/index.js';
import { firstCaseId, freshReadyTenantToken, sandboxTokenFor } from './sandbox-token.js';
import { ScriptedUser, waitFor } from './scripted-user.js';

export interface GalleryState {
  id: string;
  title: string;
  /** What the designer is looking at. */
  note: string;
  /** Attributes of the card's widget (`view`, `case-id`, `token-endpoint`…). */
  attributes: () => Promise<Record<string, string>> | Record<string, string>;
  fetchToken?: FetchToken;
  /** Tables and the detail need the gallery's full width. */
  wide?: boolean;
  /** Brings the card's widget into the state; resolves once it is showing. */
  reach: (host: HTMLElement) => Promise<void>;
}

const confirmation =
  'I confirm that the debt is due, undisputed as far as I know, and that I want Debitura to start collection on the terms shown above.';
let referenceCounter = 0;

async function inShell(host: HTMLElement, selector: string): Promise<void> {
  await waitFor(() => host.shadowRoot?.querySelector(selector), selector);
}

/** A Danish company debtor the sandbox accepts, with a reference no other card uses. */
async function fillInvoice(user: ScriptedUser, country = 'Denmark'): Promise<void> {
  await user.fill('Company name', 'Nordlys Trading ApS');
  await user.fill('Contact person', 'Mette Larsen');
  await user.fill('Address', 'Vesterbrogade 12');
  await user.fill('Postcode', '1620');
  await user.fill('City', 'København V');
  await user.fill('Country', country);
  await user.fill('Email', 'billing@nordlys.example');
  await user.fill('Amount to recover', '12,500.00');
  await user.fill('Currency', 'DKK');
  await user.fill('Invoice date', '2025-11-03');
  await user.fill('Due date', '2025-12-03');
  await user.fill('Your reference', `GALLERY-${Date.now().toString(36)}-${++referenceCounter}`);
}

/** Up to the price check, where what stands between the case and collection is told. */
async function checkPrice(host: HTMLElement, country: string, outcome: string): Promise<void> {
  const user = new ScriptedUser(host, 'debitura-new-case');
  await fillInvoice(user, country);
  await user.press('Check price');
  await user.waitForText('Check price and send');
  await user.waitForText(outcome);
}

async function send(host: HTMLElement, country: string, outcome: string): Promise<void> {
  const user = new ScriptedUser(host, 'debitura-new-case');
  await fillInvoice(user, country);
  await user.press('Check price');
  await user.waitForText('Check price and send');
  await user.check(confirmation);
  await user.press('Send to collection');
  await user.waitForText(outcome);
}

function tenantCard(
  tenant: string,
  attributes: Record<string, string> = {},
): Pick<GalleryState, 'attributes' | 'fetchToken'> {
  return { fetchToken: sandboxTokenFor(tenant), attributes: () => ({ environment: 'sandbox', ...attributes }) };
}

/** Made-up tenants are new on every page load, so each activation card starts from the beginning. */
const run = Date.now().toString(36);

/** A tenant without a Debitura client link, signed in with a user of the given role (gallery-only endpoint). */
function activationCard(tenant: string, role: 'admin' | 'bookkeeper' = 'admin'): Pick<GalleryState, 'attributes'> {
  return {
    attributes: () => ({
      environment: 'sandbox',
      'token-endpoint': `/api/demo/gallery/${encodeURIComponent(tenant)}/${role}/token`,
    }),
  };
}

function activationUser(host: HTMLElement): ScriptedUser {
  return new ScriptedUser(host, 'debitura-activation');
}

/**
 * Presses "Activate debt collection" and waits for what Debitura's answer leads to. A tenant the sandbox
 * already knows from an earlier visit may show the outcome straight away.
 */
async function activate(host: HTMLElement, outcome: string): Promise<ScriptedUser> {
  const user = activationUser(host);
  const root = await user.view();
  const shown = await waitFor(() => {
    const text = root.textContent ?? '';
    return text.includes(outcome) ? 'outcome' : text.includes('Activate debt collection') ? 'button' : null;
  }, 'the activation screen');
  if (shown === 'button') await user.press('Activate debt collection');
  await user.waitForText(outcome);
  return user;
}

const activationStates: readonly GalleryState[] = [
  {
    id: 'activation',
    title: 'Activation',
    note: 'A tenant that is not a Debitura client yet: what the service is, the countries covered, what happens next, one button.',
    ...activationCard(`fjord-design-${run}`),
    reach: (host) => activationUser(host).waitForText('Activate debt collection'),
  },
  {
    id: 'activation-not-allowed',
    title: 'Activation: not allowed',
    note: 'The partner lets only administrators activate; everyone else is told whom to ask.',
    ...activationCard(`fjord-design-${run}`, 'bookkeeper'),
    reach: (host) => activationUser(host).waitForText('Ask an administrator of Fjord Design ApS'),
  },
  {
    id: 'activation-onboarding',
    title: 'Activation: hosted onboarding',
    note: 'Debitura created the client (202): the user finishes setting up on Debitura’s page.',
    ...activationCard(`saltmarsh-studio-${run}`),
    reach: (host) => activate(host, 'Finish setting up at Debitura').then(() => undefined),
  },
  {
    id: 'activation-away',
    title: 'Activation: away at Debitura',
    note: 'While the user is in the other tab the widget says so, offers the page again, and continues by itself on return.',
    ...activationCard(`lindqvist-tools-${run}`),
    reach: async (host) => {
      const user = await activate(host, 'Finish setting up at Debitura');
      await user.follow('Continue at Debitura');
      await user.waitForText('Finish setting up in the other tab');
    },
  },
  {
    id: 'activation-approval',
    title: 'Activation: approval of an existing account',
    note: 'The company already has a Debitura account (409): its owner approves the link, then the widget continues.',
    ...activationCard('linked-elsewhere'),
    reach: (host) => activate(host, 'already has a Debitura account').then(() => undefined),
  },
  {
    id: 'activation-failed',
    title: 'Activation: could not start',
    note: 'Debitura refused the partner’s data (an unknown country): the server logs the field; the user is sent to support.',
    ...activationCard('atlantis-trading'),
    reach: (host) => activate(host, 'Could not start activation').then(() => undefined),
  },
];

export const galleryStates: readonly GalleryState[] = [
  {
    id: 'loading',
    title: 'Loading',
    note: 'Waiting for the token: the form is there at once, and the header says it is connecting.',
    attributes: () => ({ environment: 'sandbox' }),
    fetchToken: () => new Promise(() => {}),
    reach: (host) => inShell(host, '[part~="creditor"][role="status"]'),
  },
  {
    id: 'error',
    title: 'Error',
    note: "The partner's token endpoint does not answer: an explanation and a retry button.",
    attributes: () => ({ environment: 'sandbox', 'token-endpoint': '/api/debitura/unreachable' }),
    reach: (host) => inShell(host, '[part~="alert"]'),
  },
  ...activationStates,
  {
    id: 'form',
    title: 'New case',
    note: 'The empty form of a tenant ready to send cases.',
    ...tenantCard('acme-ready'),
    reach: (host) => new ScriptedUser(host, 'debitura-new-case').waitForSelector('form').then(() => undefined),
  },
  {
    id: 'form-errors',
    title: 'Form errors',
    note: 'Checking the price of an empty form: every missing field says what it needs.',
    ...tenantCard('acme-ready'),
    reach: async (host) => {
      const user = new ScriptedUser(host, 'debitura-new-case');
      await user.press('Check price');
      await user.waitForSelector('[aria-invalid="true"]');
    },
  },
  {
    id: 'preview',
    title: 'Price preview',
    note: "Debitura's price for this invoice, and the confirmation before anything is sent.",
    ...tenantCard('acme-ready'),
    reach: async (host) => {
      const user = new ScriptedUser(host, 'debitura-new-case');
      await fillInvoice(user);
      await user.press('Check price');
      await user.waitForText('Check price and send');
    },
  },
  {
    id: 'handoff-signing',
    title: 'Hand-off: collection agreement',
    note: 'The tenant has not signed the agreement: send now and sign later, or sign first at Debitura.',
    ...tenantCard('unsigned-contract'),
    reach: (host) => checkPrice(host, 'Denmark', 'Contracts to sign'),
  },
  {
    id: 'handoff-power-of-attorney',
    title: 'Hand-off: power of attorney',
    note: 'A Spanish debtor needs a power of attorney; the case can also be sent to sign later.',
    ...tenantCard('acme-ready'),
    reach: (host) => checkPrice(host, 'Spain', 'Power of attorney for the collection partner'),
  },
  {
    id: 'handoff-kyc',
    title: 'Hand-off: company verification',
    note: 'Debitura must verify the creditor (KYC) before a UK case can be sent; this cannot be deferred.',
    ...tenantCard('kyc-required'),
    reach: (host) => checkPrice(host, 'United Kingdom', 'Verify your company before sending'),
  },
  {
    id: 'success',
    title: 'Sent',
    note: 'The case was created; the next steps and a way to send another. Sent for a tenant made for this page load.',
    fetchToken: freshReadyTenantToken(),
    attributes: () => ({ environment: 'sandbox' }),
    reach: (host) => send(host, 'Denmark', 'Case sent to collection'),
  },
  {
    id: 'list',
    title: 'Case list',
    note: 'Paged, filterable and searchable, with a status badge per case.',
    wide: true,
    ...tenantCard('acme-ready', { view: 'cases' }),
    reach: (host) =>
      new ScriptedUser(host, 'debitura-case-list').waitForSelector('tbody tr .badge').then(() => undefined),
  },
  {
    id: 'empty-list',
    title: 'No cases yet',
    note: 'A tenant that has not sent anything: the empty state invites the first case.',
    ...tenantCard('unsigned-contract', { view: 'cases' }),
    reach: (host) => new ScriptedUser(host, 'debitura-case-list').waitForText('No cases yet'),
  },
  {
    id: 'detail',
    title: 'Case detail',
    note: 'One case: status, amounts, what it waits for, timeline, payments, messages and files.',
    wide: true,
    fetchToken: sandboxTokenFor('acme-ready'),
    attributes: async () => ({ environment: 'sandbox', view: 'case', 'case-id': await firstCaseId('acme-ready') }),
    reach: (host) => new ScriptedUser(host, 'debitura-case-detail').waitForSelector('.badge').then(() => undefined),
  },
];
