// The token endpoint's activation requests: a POST with the JSON body `{"intent": "status"}` or
// `{"intent": "activate"}` from the widget of a signed-in tenant without a client link. The tenant is the one the
// endpoint resolved from the partner's session; the body can only say what to do, never for whom.
import { activationIntents, type ActivationAnswer, type ActivationIntent } from '../wire/activation.js';
import { ClientActivation, type ActivationDependencies, type ActivationOptions } from './client-activation.js';
import type { EndpointAnswer } from './endpoint-answer.js';
import { ReferralApiError } from './referral-api.js';

type Json = (status: number, body: unknown, headers?: Record<string, string>) => EndpointAnswer;

/** Larger bodies are not an intent. */
const maxIntentBodyBytes = 1024;

export type IntentReading =
  /** An ordinary token request: no JSON body, or an empty one. */
  { kind: 'token' } | { kind: 'intent'; intent: ActivationIntent } | { kind: 'invalid'; message: string };

export async function readActivationIntent(request: Request): Promise<IntentReading> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type.trim())) return { kind: 'token' };
  if (Number(request.headers.get('content-length') ?? 0) > maxIntentBodyBytes) {
    return { kind: 'invalid', message: 'The body is too large.' };
  }
  const text = await request.text().catch(() => '');
  if (text.length > maxIntentBodyBytes) return { kind: 'invalid', message: 'The body is too large.' };
  if (text.trim() === '') return { kind: 'token' };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'invalid', message: 'The body is not JSON.' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { kind: 'invalid', message: 'The body must be a JSON object.' };
  }
  const keys = Object.keys(body);
  if (keys.length === 0) return { kind: 'token' };
  const intent = (body as { intent?: unknown }).intent;
  if (keys.length !== 1 || !activationIntents.includes(intent as ActivationIntent)) {
    return { kind: 'invalid', message: 'The body may only be {"intent": "status"} or {"intent": "activate"}.' };
  }
  return { kind: 'intent', intent: intent as ActivationIntent };
}

/**
 * A browser request another site started. The JSON body already forces a CORS preflight from other origins;
 * this is the second lock for a state-changing call: a browser names where a request comes from.
 */
export function isCrossSiteRequest(request: Request, originAllowed: boolean): boolean {
  if (originAllowed) return false;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.get('origin');
  if (origin === null) return false; // not from a browser page: the partner's own server, a test
  try {
    return origin !== new URL(request.url).origin;
  } catch {
    return true;
  }
}

export interface ActivationEndpointDependencies extends ActivationDependencies {
  /** Whether the request's Origin is one the token endpoint allows cross-origin. */
  isAllowedOrigin: (request: Request) => boolean;
}

export class ActivationEndpoint {
  readonly #activation: ClientActivation;
  readonly #isAllowedOrigin: (request: Request) => boolean;

  constructor(options: ActivationOptions, deps: ActivationEndpointDependencies) {
    this.#activation = new ClientActivation(options, deps);
    this.#isAllowedOrigin = deps.isAllowedOrigin;
  }

  /**
   * Answers an activation request, or returns null for an ordinary token request. A Debitura that does not
   * answer throws a `ReferralApiError`, for the endpoint to answer as it does for tokens.
   */
  async answer(externalTenantId: string, request: Request, json: Json): Promise<EndpointAnswer | null> {
    const reading = await readActivationIntent(request);
    if (reading.kind === 'token') return null;
    if (reading.kind === 'invalid') return json(400, { error: 'bad_request', message: reading.message });
    if (reading.intent === 'status') {
      return json(200, await this.#activation.describe(externalTenantId, request));
    }
    if (isCrossSiteRequest(request, this.#isAllowedOrigin(request))) {
      return json(403, { error: 'forbidden_origin', message: 'Activation must come from the partner’s own pages.' });
    }
    const outcome = await this.#activation.activate(externalTenantId, request);
    switch (outcome.kind) {
      case 'answer':
        return json(200, outcome.answer);
      case 'not_allowed':
        return json(403, {
          error: 'activation_not_allowed',
          message: 'This user may not activate debt collection for the account.',
          activation: outcome.answer,
        });
      case 'rate_limited':
        return json(
          429,
          { error: 'rate_limited', message: 'Too many activation attempts. Try again later.' },
          { 'Retry-After': '60' },
        );
    }
  }

  /**
   * The `activation` member of a 403 `tenant_not_linked` answer, so the widget can show its activation screen
   * without asking again. Null when Debitura cannot be asked right now: the widget then asks for the status.
   */
  async notLinkedDetails(externalTenantId: string, request: Request): Promise<{ activation: ActivationAnswer | null }> {
    try {
      return { activation: await this.#activation.describe(externalTenantId, request, true) };
    } catch (error) {
      if (error instanceof ReferralApiError) return { activation: null };
      throw error;
    }
  }
}
