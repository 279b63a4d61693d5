// The linked clients as choices of a filter or a form (by name), for the sections that pick one client. A
// failure leaves the choice empty rather than failing the section: its own data still shows.
import { html, type TemplateResult } from 'lit';
import type { ClientCreatedResponse } from '../../wire/referral.js';
import type { ReferralConsoleClient } from '../api/referral-console-client.js';

export async function loadClientChoices(
  client: ReferralConsoleClient,
  signal: AbortSignal,
): Promise<ClientCreatedResponse[]> {
  return (await client.listClients({ PageSize: 100, Sort: 'name:asc' }, signal)).clients ?? [];
}

export function renderClientOptions(
  clients: readonly ClientCreatedResponse[] | undefined,
  selected: string,
): TemplateResult[] {
  return (clients ?? []).map(
    (client) =>
      html`<option value=${client.externalTenantId ?? ''} .selected=${selected === client.externalTenantId}>
        ${client.client?.companyName || client.externalTenantId}
      </option>`,
  );
}
