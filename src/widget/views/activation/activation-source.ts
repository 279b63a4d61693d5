// Where the activation screen asks "where does this tenant stand?" and "activate it": the partner's token
// endpoint (POST with `{intent}`, the partner's cookies), or a `fetchActivation` function the partner supplies
// alongside `fetchToken`. Either way the answer is checked before the screen believes it, by the API code that
// loads on demand (customer-api-code.ts).
import type { ActivationAnswer, ActivationIntent } from '../../../wire/activation.js';
import { loadCustomerApiCode, type CustomerApiCode } from '../../api/customer-api-code.js';

/** Asked of the host (not composed) once the tenant is active: time to fetch a token and show the view. */
export const activationCompleteEventName = 'debitura-activation-complete';

/** Supplies activation answers for `fetchToken` pages: `(intent) => Promise<ActivationAnswer>`. */
export type FetchActivation = (intent: ActivationIntent) => Promise<ActivationAnswer>;

export type ActivationFailureReason =
  /** No usable answer: a network failure, a 5xx, or something that is not an activation answer. */
  | 'unavailable'
  /** Too many attempts; `retryAfterSeconds` says how long to wait, when known. */
  | 'rate_limited'
  /** The partner's session ended. */
  | 'signed_out';

export class ActivationRequestError extends Error {
  override readonly name = 'ActivationRequestError';
  constructor(
    readonly reason: ActivationFailureReason,
    message: string,
  ) {
    super(message);
  }
}

function answerChecks(): Promise<CustomerApiCode> {
  return loadCustomerApiCode().catch(() => {
    throw new ActivationRequestError('unavailable', 'The widget could not load the code that checks the answer.');
  });
}

async function parsed(body: unknown): Promise<ActivationAnswer> {
  const answer = (await answerChecks()).activationAnswerOf(body);
  if (!answer) throw new ActivationRequestError('unavailable', 'The answer is not an activation state.');
  return answer;
}

export function endpointActivation(
  url: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): FetchActivation {
  return async (intent) => {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        credentials: 'include',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ intent }),
      });
    } catch {
      throw new ActivationRequestError('unavailable', 'The token endpoint could not be reached.');
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return parsed(body);
    if (response.status === 401) throw new ActivationRequestError('signed_out', 'The token endpoint answered 401.');
    if (response.status === 429) throw new ActivationRequestError('rate_limited', 'Too many activation attempts.');
    // A user who may not activate gets the state back, with mayActivate false.
    const refused = response.status === 403 ? (await answerChecks()).activationOfNotLinked(body) : null;
    if (refused) return refused;
    throw new ActivationRequestError('unavailable', `The token endpoint answered ${response.status}.`);
  };
}

/** A partner-supplied `fetchActivation`, its answers checked and its failures made readable. */
export function checkedActivation(fetchActivation: FetchActivation): FetchActivation {
  return async (intent) => {
    let answer: unknown;
    try {
      answer = await fetchActivation(intent);
    } catch (error) {
      if (error instanceof ActivationRequestError) throw error;
      throw new ActivationRequestError('unavailable', 'fetchActivation failed.');
    }
    return parsed(answer);
  };
}
