// Activation of a signed-in tenant that has no Debitura client link yet. The partner's server supplies the
// tenant's company and users from its own records (never from the browser) and decides who may activate; this
// module turns that into Referral POST /clients, and reads where the tenant stands for the widget to resume.
import type { ActivationAnswer } from '../wire/activation.js';
import type { PartnerBranding } from '../wire/partner-branding.js';
import { CreateClientRequest, type ClientDetailsDto, type ClientUserDto } from '../wire/referral.js';
import { CachedUpstreamValue } from './cached-upstream-value.js';
import { LinkRequestMemory, type RememberedOutcome } from './link-request-memory.js';
import { createRateLimiter } from './rate-limiter.js';
import {
  createClient,
  getClient,
  getCoverage,
  type CreateClientOutcome,
  type ReferralApiOptions,
} from './referral-api.js';

/** The tenant as the partner knows it: what Referral POST /clients needs besides the tenant id. */
export interface ActivationClient {
  /** `name`, `country` (ISO alpha-2 or English name) and `supportEmail` are required by Debitura. */
  client: ClientDetailsDto;
  /**
   * The tenant's users, at least one. Mark the signed-in user `isOnboardingUser: true`: Debitura makes them the
   * account's administrator and sends them through its hosted onboarding.
   */
  users: ClientUserDto[];
}

/** What became of a link request, as Debitura's `client.link_declined` / `client.link_expired` webhooks say. */
export interface LinkRequestOutcome {
  outcome: 'declined' | 'expired';
  /** When it happened (the webhook's `timestamp`). */
  at: Date | string | number;
}

export interface ActivationOptions {
  /**
   * The signed-in tenant's company and users, read from the partner's own records. Called when the user
   * activates, and to name the company on the activation screen. Throw (or return incomplete data) and the user
   * sees "could not start activation, contact support"; `onError` gets the details.
   */
  clientDetails: (externalTenantId: string, request: Request) => ActivationClient | Promise<ActivationClient>;
  /**
   * Whether the signed-in user may activate debt collection for the tenant, e.g. administrators only. Others
   * see "Ask an administrator of {company} to activate debt collection". Default: every signed-in user.
   */
  mayActivate?: (externalTenantId: string, request: Request) => boolean | Promise<boolean>;
  /**
   * The fate of the tenant's latest link request, if your webhook receiver records `client.link_declined` and
   * `client.link_expired`. Debitura's API answers the same for pending, declined and expired requests, so without
   * this the widget keeps showing "waiting for approval" (with a way to ask again).
   */
  linkRequestOutcome?: (
    externalTenantId: string,
  ) => LinkRequestOutcome | null | undefined | Promise<LinkRequestOutcome | null | undefined>;
  /** Tell the widget which countries Debitura collects in (Referral GET /coverage, kept for an hour); default true. */
  coverage?: boolean;
  /**
   * Limit on activation attempts (`intent: 'activate'`), on top of the endpoint's own rate limit. Default: 10 per
   * 10 minutes per tenant (`defaultActivationRateLimit`).
   */
  allowActivation?: (externalTenantId: string, request: Request) => boolean | Promise<boolean>;
}

export const defaultActivationRateLimit = { limit: 10, windowMs: 10 * 60_000 } as const;

/** What the activation reports to the partner's logs (the token endpoint's `onError`). */
export interface ActivationFailure {
  code: 'activation_failed';
  message: string;
  externalTenantId: string;
  /** Messages per field of the partner's data, from Debitura's 400 or from the check before sending. */
  fields?: Record<string, string[]>;
  upstreamStatus?: number;
  cause?: unknown;
}

export interface ActivationDependencies {
  referral: ReferralApiOptions;
  /** Whether the tenant can get a token now; a token minted here is the next token request's. */
  isLinked: (externalTenantId: string) => Promise<boolean>;
  branding: () => Promise<PartnerBranding | undefined>;
  report: (failure: ActivationFailure) => void;
  now: () => number;
}

/** What `clientDetails` gave: the tenant's records, or what it threw. */
type PartnerRecords = { ok: true; client: ActivationClient } | { ok: false; cause: unknown };

export type ActivationOutcome =
  | { kind: 'answer'; answer: ActivationAnswer }
  | { kind: 'not_allowed'; answer: ActivationAnswer }
  | { kind: 'rate_limited' };

const conflictStates: Record<string, RememberedOutcome> = {
  ClientExistsNeedsLinking: 'approval_pending',
  ClientAlreadyLinkedToAnotherPartner: 'linked_elsewhere',
  // The spec's prose also spells it without "Client".
  AlreadyLinkedToAnotherPartner: 'linked_elsewhere',
  InvalidClientType: 'invalid_client_type',
};

/** The countries in Debitura's coverage, once each (US states fold into US), sorted. */
function coveredCountries(items: readonly { countryAlpha2?: string | null | undefined }[]): string[] {
  const codes = new Set<string>();
  for (const item of items) {
    const code = item.countryAlpha2?.trim().toUpperCase();
    if (code && /^[A-Z]{2}$/.test(code)) codes.add(code);
  }
  return [...codes].sort();
}

function timeOf(value: Date | string | number): number {
  return value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
}

/** The partner's data checked against Debitura's request schema, so bad data is logged by field, unsent. */
function checkedRequest(
  externalTenantId: string,
  details: ActivationClient | null | undefined,
): { ok: true; request: CreateClientRequest } | { ok: false; fields: Record<string, string[]> } {
  const parsed = CreateClientRequest.safeParse({ externalTenantId, client: details?.client, users: details?.users });
  const fields: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.') || 'body';
      const detail = 'format' in issue ? `${issue.code} (${String(issue.format)})` : issue.code;
      (fields[path] ??= []).push(detail);
    }
    return { ok: false, fields };
  }
  const onboardingUsers = parsed.data.users.filter((user) => user.isOnboardingUser === true).length;
  if (parsed.data.users.length > 1 && onboardingUsers !== 1) {
    fields.users = ['exactly one user must have isOnboardingUser: true (the signed-in user)'];
    return { ok: false, fields };
  }
  return { ok: true, request: parsed.data };
}

export class ClientActivation {
  readonly #options: ActivationOptions;
  readonly #deps: ActivationDependencies;
  readonly #memory: LinkRequestMemory;
  readonly #coverage: CachedUpstreamValue<string[]> | null;
  readonly #allowActivation: (externalTenantId: string, request: Request) => boolean | Promise<boolean>;
  /** One POST /clients per tenant at a time: two tabs pressing the button at once share it. */
  readonly #creating = new Map<string, Promise<CreateClientOutcome>>();

  constructor(options: ActivationOptions, deps: ActivationDependencies) {
    this.#options = options;
    this.#deps = deps;
    this.#memory = new LinkRequestMemory(deps.now);
    this.#coverage =
      options.coverage === false
        ? null
        : new CachedUpstreamValue(async () => coveredCountries(await getCoverage(deps.referral)), deps.now);
    this.#allowActivation =
      options.allowActivation ?? createRateLimiter({ ...defaultActivationRateLimit, now: deps.now });
  }

  /**
   * Where the tenant stands. `knownUnlinked` skips the token check when the caller has just been told there is
   * no link. A Debitura that does not answer throws a `ReferralApiError`.
   */
  async describe(externalTenantId: string, request: Request, knownUnlinked = false): Promise<ActivationAnswer> {
    const [state, { context }] = await Promise.all([
      this.#currentState(externalTenantId, knownUnlinked),
      this.#context(externalTenantId, request),
    ]);
    return { ...context, ...state };
  }

  /** The user pressed "Activate debt collection". */
  async activate(externalTenantId: string, request: Request): Promise<ActivationOutcome> {
    const { context, details } = await this.#context(externalTenantId, request);
    if (!context.mayActivate) {
      return { kind: 'not_allowed', answer: { ...context, ...(await this.#currentState(externalTenantId, false)) } };
    }
    if (!(await this.#allowActivation(externalTenantId, request))) return { kind: 'rate_limited' };

    // A pending approval stays pending: asking again would send the account owner another request.
    const pending = await this.#rememberedState(externalTenantId);
    if (pending?.state === 'approval_pending') return { kind: 'answer', answer: { ...context, ...pending } };

    if (!details.ok) {
      this.#deps.report({
        code: 'activation_failed',
        message: 'clientDetails threw.',
        externalTenantId,
        cause: details.cause,
      });
      return { kind: 'answer', answer: { ...context, state: 'failed', url: null } };
    }
    const checked = checkedRequest(externalTenantId, details.client);
    if (!checked.ok) {
      this.#deps.report({
        code: 'activation_failed',
        message: 'clientDetails returned data Debitura would refuse; nothing was sent.',
        externalTenantId,
        fields: checked.fields,
      });
      return { kind: 'answer', answer: { ...context, state: 'failed', url: null } };
    }
    const outcome = await this.#createOnce(externalTenantId, checked.request);
    return { kind: 'answer', answer: { ...context, ...this.#stateAfter(externalTenantId, outcome) } };
  }

  #createOnce(externalTenantId: string, request: CreateClientRequest): Promise<CreateClientOutcome> {
    const running = this.#creating.get(externalTenantId);
    if (running) return running;
    const creating = createClient(this.#deps.referral, request).finally(() => this.#creating.delete(externalTenantId));
    this.#creating.set(externalTenantId, creating);
    return creating;
  }

  #stateAfter(externalTenantId: string, outcome: CreateClientOutcome): Pick<ActivationAnswer, 'state' | 'url'> {
    const fail = (message: string, extra: Partial<ActivationFailure> = {}) => {
      this.#deps.report({
        code: 'activation_failed',
        message,
        externalTenantId,
        upstreamStatus: outcome.status,
        ...extra,
      });
      return { state: 'failed' as const, url: null };
    };
    switch (outcome.status) {
      case 201:
        this.#memory.forget(externalTenantId);
        return { state: 'active', url: null };
      case 202:
        this.#memory.forget(externalTenantId);
        return { state: 'onboarding', url: outcome.client.onboardingLinks?.url ?? null };
      case 409: {
        const state = conflictStates[outcome.conflict.type ?? ''];
        if (state === undefined) return fail(`POST /clients answered 409 ${outcome.conflict.type ?? '(no type)'}.`);
        const url = state === 'approval_pending' ? (outcome.conflict.data?.onboardingLinks?.url ?? null) : null;
        this.#memory.remember(externalTenantId, state, url);
        return { state, url };
      }
      case 400:
        return fail(`Debitura refused the client data: ${outcome.message ?? 'validation failed'}.`, {
          fields: outcome.fields,
        });
      case 422:
        return fail(
          `Debitura refused the client: ${outcome.error.businessErrors?.map((error) => error.type).join(', ') || 'business rule'}.`,
        );
    }
  }

  async #currentState(
    externalTenantId: string,
    knownUnlinked: boolean,
  ): Promise<Pick<ActivationAnswer, 'state' | 'url'>> {
    if (!knownUnlinked && (await this.#deps.isLinked(externalTenantId))) {
      this.#memory.forget(externalTenantId);
      return { state: 'active', url: null };
    }
    const client = await getClient(this.#deps.referral, externalTenantId);
    if (client) {
      // A client whose link works would have got its token; until it does, it is still finishing onboarding.
      return { state: 'onboarding', url: client.onboardingLinks?.url ?? null };
    }
    return (await this.#rememberedState(externalTenantId)) ?? { state: 'not_activated', url: null };
  }

  /** The remembered POST /clients answer, overtaken by a declined or expired link request when the partner knows. */
  async #rememberedState(externalTenantId: string): Promise<Pick<ActivationAnswer, 'state' | 'url'> | null> {
    const remembered = this.#memory.get(externalTenantId);
    if (remembered && remembered.state !== 'approval_pending') return { state: remembered.state, url: null };
    const outcome = await this.#linkRequestOutcome(externalTenantId);
    if (outcome && (!remembered || timeOf(outcome.at) >= remembered.at)) return { state: outcome.outcome, url: null };
    return remembered ? { state: remembered.state, url: remembered.url } : null;
  }

  async #linkRequestOutcome(externalTenantId: string): Promise<LinkRequestOutcome | null> {
    if (!this.#options.linkRequestOutcome) return null;
    try {
      const outcome = await this.#options.linkRequestOutcome(externalTenantId);
      return outcome && (outcome.outcome === 'declined' || outcome.outcome === 'expired') ? outcome : null;
    } catch (cause) {
      this.#deps.report({
        code: 'activation_failed',
        message: 'linkRequestOutcome threw.',
        externalTenantId,
        cause,
      });
      return null;
    }
  }

  /**
   * The parts of an answer that do not depend on Debitura's view of the tenant, and the partner's records they
   * came from (read once per request).
   */
  async #context(
    externalTenantId: string,
    request: Request,
  ): Promise<{ context: Omit<ActivationAnswer, 'state' | 'url'>; details: PartnerRecords }> {
    const [details, mayActivate, coverage, branding] = await Promise.all([
      this.#clientDetails(externalTenantId, request),
      this.#mayActivate(externalTenantId, request),
      this.#coverage?.current(),
      this.#deps.branding(),
    ]);
    const company = (details.ok && details.client?.client?.name?.trim().slice(0, 300)) || null;
    return { context: { mayActivate, company, coverage: coverage ?? null, ...(branding && { branding }) }, details };
  }

  async #clientDetails(externalTenantId: string, request: Request): Promise<PartnerRecords> {
    try {
      return { ok: true, client: await this.#options.clientDetails(externalTenantId, request) };
    } catch (cause) {
      return { ok: false, cause };
    }
  }

  async #mayActivate(externalTenantId: string, request: Request): Promise<boolean> {
    if (!this.#options.mayActivate) return true;
    try {
      return (await this.#options.mayActivate(externalTenantId, request)) === true;
    } catch (cause) {
      this.#deps.report({ code: 'activation_failed', message: 'mayActivate threw.', externalTenantId, cause });
      return false;
    }
  }
}
