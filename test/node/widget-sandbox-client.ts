// The widget's own Customer API client wired to an in-process sandbox, as the views use it, for node tests of the
// views' loaders against real answers. `requested` records every URL the client asked for.
import { CustomerApiClient } from '../../src/widget/api/customer-api-client.js';
import { newSandbox, tokenFor } from './sandbox-cases-harness.js';

export async function widgetClientOnSandbox(tenant = 'acme-ready'): Promise<{
  client: CustomerApiClient;
  requested: string[];
}> {
  const sandbox = newSandbox();
  const token = await tokenFor(sandbox, tenant);
  const requested: string[] = [];
  const client = new CustomerApiClient({
    baseUrl: 'http://sandbox.test/customer',
    getToken: async () => token,
    onUnauthorized: () => {},
    fetch: (input, init) => {
      requested.push(input instanceof Request ? input.url : input.toString());
      return sandbox.fetch(new Request(input, init));
    },
    retry: { attempts: 0, baseDelayMs: 1 },
  });
  return { client, requested };
}
