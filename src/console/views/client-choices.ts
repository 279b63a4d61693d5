// The linked clients as choices of a filter or a form (by name), for the sections that pick one client. A
// failure leaves the choice empty rather than failing the section: its own data still shows.
import { html, type TemplateResult } from 'lit';
import type { ClientCreatedResponse } from '../../wire/referral.js';
import type { ReferralConsoleClient } from '../api/referral-console-client.js';
import type { Choice } from './filter-fields.js';

export async function loadClientChoices(
  client: ReferralConsoleClient,
  signal: AbortSignal,
): Promise<ClientCreatedResponse[]> {
  return (await client.listClients({ PageSize: 100, Sort: 'name:asc' }, signal)).clients ?? [];
}

/** Each client as a choice: its external tenant id, named by its company. */
export function clientChoices(clients: readonly ClientCreatedResponse[] | undefined): Choice<string>[] {
  return (clients ?? []).map((client) => ({
    value: client.externalTenantId ?? '',
    label: client.client?.companyName || (client.externalTenantId ?? ''),
  }));
}

export function renderClientOptions(
  clients: readonly ClientCreatedResponse[] | undefined,
  selected: string,
): TemplateResult[] {
  return clientChoices(clients).map(
    (choice) => html`<option value=${choice.value} .selected=${selected === choice.value}>${choice.label}</option>`,
  );
}
