// The code that speaks to Debitura and checks what comes back (customer-api.ts: the API client, the schemas of
// src/wire and zod) is about a third of the widget's code, and no view needs it to draw itself. So it loads on
// demand, once a page's first view has been drawn: on a slow network the form comes first, while the token is
// already on its way; what needs the code before then (a token that answered early) waits for it. A view that
// shows data is of no use without it, so such a view lets it load at once.
import { CodeLoadError } from '../code-load-error.js';
import { onDemand } from '../views/on-demand.js';
import { customerApiChunkName } from '../views/view-chunks.js';

export type CustomerApiCode = typeof import('./customer-api.js');

const code = onDemand(customerApiChunkName, () => import('./customer-api.js'));

let allow: () => void = () => {};
const allowed = new Promise<void>((resolve) => (allow = resolve));

/** The page may fetch the API code now (its first view is drawn, or shows data). Once is enough. */
export function allowCustomerApiCode(): void {
  allow();
}

/**
 * The API code, once the page allows it. A failed load rejects with a `CodeLoadError` and is not kept, so asking
 * again tries again.
 */
export function loadCustomerApiCode(): Promise<CustomerApiCode> {
  return allowed
    .then(() => code.load())
    .catch((error: unknown) => {
      throw new CodeLoadError('The code that speaks to Debitura', error);
    });
}
