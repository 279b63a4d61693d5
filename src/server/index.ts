/**
 * `debitura-collect/server`: what a referral partner runs on its own backend.
 *
 * - `createTokenHandler({ apiKey, resolveTenant })`: the endpoint `<debitura-collect token-endpoint>` POSTs
 *   to. A standard `(Request) => Promise<Response>`: mount it in Hono, Next.js, Workers, Deno or Bun as is,
 *   and in node:http or Express through `toNodeListener`:
 *   `app.post('/api/debitura/token', toNodeListener(createTokenHandler({ ... })))`.
 * - `createTokenHandler({ ..., activation })`: the same endpoint lets a tenant without a Debitura client link
 *   activate debt collection from the widget (see `ActivationOptions`).
 * - `createReferralApiClient({ apiKey })`: typed Referral API calls for onboarding clients from the partner's own
 *   back office (create, read, withdraw, KYC, coverage).
 * - `createRateLimiter({ limit, windowMs, key })`: the token endpoint's `allowRequest`, per user when `key` says so.
 * - `createCustomerApiProxy({ tokenFor })`: proxy mode, the widget's Customer API calls through the partner's backend,
 *   with CORS by allow-list, a CSRF check and a per-session rate limit.
 * - `createReferralApiProxy({ apiKey, authorize })`: the partner's staff console's Referral API calls through the
 *   partner's backend: the console's operations only, mutations only when enabled by name, the partner's own
 *   authorisation on every request, CORS by allow-list, a CSRF check and a per-session rate limit.
 * - `constructWebhookEvent({ payload, header, secret })`: verifies a webhook delivery and returns its typed event;
 *   `verifyWebhookSignature` is the boolean check alone.
 * - `createMemoryStore()` / `createRedisStore({ url })`: where tokens, mint claims, rate-limit counts and webhook
 *   deliveries are kept; the Redis store shares them between server processes (`ioredis` is an optional peer).
 *
 * @module
 */
export {
  createTokenHandler,
  defaultTokenRateLimit,
  referralApiBaseUrls,
  type TokenHandler,
  type TokenHandlerOptions,
  type TokenHandlerErrorInfo,
  type TokenEndpointErrorCode,
} from './token-handler.js';
export {
  defaultActivationRateLimit,
  type ActivationClient,
  type ActivationOptions,
  type LinkRequestOutcome,
} from './client-activation.js';
export type { ActivationAnswer, ActivationIntent, ActivationState } from '../wire/activation.js';
export {
  createReferralApiClient,
  ReferralApiError,
  type CreateClientOutcome,
  type ReferralApiClient,
  type ReferralApiClientOptions,
  type SubmitKycOptions,
  type UpstreamFailureKind,
} from './referral-api.js';
export type {
  ClientCreatedResponse,
  ClientDetailsDto,
  ClientUserDto,
  CreateClientRequest,
  KycVerificationDto,
  SubmitKycVerificationRequest,
} from '../wire/referral.js';
export type { CoverageItemApiDTO } from '../wire/coverage.js';
export {
  toNodeListener,
  BadNodeRequestError,
  toWebRequest,
  writeWebResponse,
  type FetchHandler,
  type NodeListener,
} from './node-adapter.js';
export {
  createRateLimiter,
  createMemoryRateLimitStore,
  defaultRateLimitMaxKeys,
  type RateLimiterOptions,
  type RateLimitStore,
  type MemoryRateLimitStoreOptions,
} from './rate-limiter.js';
export {
  verifyWebhookSignature,
  parseSignatureHeader,
  type VerifyWebhookSignatureOptions,
  type WebhookSignatureProblem,
} from './webhook-signature.js';
export {
  constructWebhookEvent,
  WebhookVerificationError,
  type WebhookRejection,
  type DebituraWebhookEvent,
  type DebituraWebhookEventName,
  type WebhookEventOf,
} from './webhook-event.js';
export {
  createWebhookReplayCache,
  type WebhookReplayCache,
  type WebhookReplayCacheOptions,
} from './webhook-replay-cache.js';
export {
  createCustomerApiProxy,
  tokenFromHandler,
  customerApiBaseUrls,
  defaultProxyRateLimit,
  proxyRequestHeader,
  type CustomerApiProxy,
  type CustomerApiProxyOptions,
  type ProxyRateLimitOptions,
} from './customer-proxy.js';
export {
  createReferralApiProxy,
  maxConsoleBodyBytes,
  referralProxyMutations,
  type ReferralApiProxy,
  type ReferralApiProxyOptions,
  type ReferralProxyMutation,
} from './referral-proxy.js';
export { checkedAllowedOrigins } from './cors-policy.js';
export {
  createMemoryStore,
  type MemoryStoreOptions,
  type ReleaseMintClaim,
  type ServerStore,
  type StoredToken,
} from './server-store.js';
export { createRedisStore, type RedisClient, type RedisStore, type RedisStoreOptions } from './redis-store.js';
