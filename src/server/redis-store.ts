// A `ServerStore` in Redis, so every process of a scaled-out partner backend shares one token per tenant, one mint
// claim and one rate-limit count. Redis is a help, never a dependency of a token request: while it cannot be
// reached the store answers from this process's memory (one warning per outage) and asks Redis again a few
// seconds later. It runs on `ioredis`, an optional peer dependency loaded only when this store is created.
import { createMemoryStore, type ServerStore, type StoredToken } from './server-store.js';

/** The part of an ioredis client this store uses (`new Redis(...)` from ioredis 5 or 6 fits). */
export interface RedisClient {
  call(command: string, ...args: (string | number)[]): Promise<unknown>;
  readonly status: string;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  once(event: string, listener: (...args: unknown[]) => void): unknown;
  quit(): Promise<unknown>;
}

export interface RedisStoreOptions {
  /**
   * `redis://[user:password@]host:port[/db]`, or `rediss://…` for TLS (certificates checked against the system's
   * CAs; pass `redisOptions: { tls: { ca } }` for a private CA). Default `redis://127.0.0.1:6379`.
   */
  url?: string;
  /** Further ioredis options (`tls`, `username`, `password`, `db`, …) over this store's defaults. */
  redisOptions?: Record<string, unknown>;
  /**
   * A client you created instead of `url`. Create it with `enableOfflineQueue: false` and a `commandTimeout`, so a
   * Redis outage fails fast (and is answered from memory) instead of holding requests; `close()` leaves it open.
   */
  client?: RedisClient;
  /** Put before every key, so several deployments (or environments) can share one Redis. Default `debitura:`. */
  keyPrefix?: string;
  /** After Redis failed, how long to answer from memory before asking it again. Default 5,000 ms. */
  retryAfterMs?: number;
  /** Where the outage warning (and the recovery note) go; default `console`. */
  logger?: { warn(message: string): void; info?(message: string): void };
  /** Clock in epoch milliseconds; default `Date.now`. */
  now?: () => number;
}

export interface RedisStore extends ServerStore {
  /** Closes the Redis connection this store opened (a `client` you passed stays open). */
  close(): Promise<void>;
}

/** What this store changes in ioredis's defaults: fail fast while Redis is away, batch commands of one tick. */
const clientDefaults = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  commandTimeout: 1_000,
  connectTimeout: 2_000,
  enableAutoPipelining: true,
  retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
} as const;

/** How long the first request waits for the first connection before answering from memory. */
const firstConnectionWaitMs = 2_000;

// One round trip each; a window's expiry is set with its first count, so no key outlives its window.
const countInWindow = `local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;
// Only the holder gives its claim back: an expired claim taken over by another process stays with that one.
const releaseClaim = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

function isStoredToken(value: unknown): value is StoredToken {
  const token = value as StoredToken | null;
  return (
    typeof token === 'object' &&
    token !== null &&
    typeof token.accessToken === 'string' &&
    Number.isFinite(token.expiresAt) &&
    Number.isFinite(token.lifetimeSeconds)
  );
}

/**
 * Sends the commands asked for during one turn of the event loop together, at its end: ioredis (auto-pipelining, as
 * this store creates it) writes them to Redis in one piece. Under load a server reads several requests in one turn,
 * so their rate-limit counts cost one write and one read rather than one each.
 */
function sendingOncePerTurn(): <T>(send: () => Promise<T>) => Promise<T> {
  let queued: (() => void)[] = [];
  const flush = () => {
    const sends = queued;
    queued = [];
    for (const send of sends) send();
  };
  return (send) =>
    new Promise((resolve, reject) => {
      if (queued.length === 0) setImmediate(flush);
      queued.push(() => {
        try {
          send().then(resolve, reject);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
}

/** The ioredis export this store needs. */
type IoRedisModule = { Redis: new (url: string, options: Record<string, unknown>) => RedisClient };

/** Named through a variable so bundlers (esbuild, webpack, Vite) leave it to Node: edge and widget bundles never see it. */
const ioredisPackage = 'ioredis';

async function connect(options: RedisStoreOptions): Promise<RedisClient> {
  const ioredis = (await import(/* webpackIgnore: true */ /* @vite-ignore */ ioredisPackage).catch(
    () => null,
  )) as IoRedisModule | null;
  if (!ioredis) throw new Error('createRedisStore needs the ioredis package: npm install ioredis');
  return new ioredis.Redis(options.url ?? 'redis://127.0.0.1:6379', { ...clientDefaults, ...options.redisOptions });
}

/** Resolves once the client is connected, has failed to connect, or after `firstConnectionWaitMs`. */
function firstConnection(client: RedisClient): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, firstConnectionWaitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once('ready', done);
    client.once('error', done);
    client.once('end', done);
  });
}

/**
 * Creates a `ServerStore` in Redis. Give the same one (same Redis, same `keyPrefix`) to every process's
 * `createTokenHandler({ store })`, and to `createCustomerApiProxy({ rateLimit: { store } })` and
 * `constructWebhookEvent({ replayCache: store })` to share those too.
 *
 * @example
 * const store = createRedisStore({ url: process.env.REDIS_URL, keyPrefix: 'acme-prod:debitura:' });
 * const tokenHandler = createTokenHandler({ apiKey, resolveTenant, store });
 */
export function createRedisStore(options: RedisStoreOptions = {}): RedisStore {
  const now = options.now ?? Date.now;
  const prefix = options.keyPrefix ?? 'debitura:';
  const retryAfterMs = options.retryAfterMs ?? 5_000;
  const logger = options.logger ?? console;
  const memory = createMemoryStore({ now });
  const owned = options.client === undefined;
  let client: RedisClient | null = null;
  const connecting = (options.client ? Promise.resolve(options.client) : connect(options)).then(async (created) => {
    // ioredis reports connection errors as events; the store reports an outage once, when a command fails.
    created.on('error', () => undefined);
    await firstConnection(created);
    client = created;
    return created;
  });
  connecting.catch(() => undefined);
  let down = false;
  let askAgainAt = 0;

  async function attempt<T>(command: (redis: RedisClient) => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    if (down && now() < askAgainAt) return fallback();
    try {
      const result = await command(client ?? (await connecting));
      if (down) {
        down = false;
        logger.info?.('debitura-collect: the Redis store answers again; tokens and limits are shared once more.');
      }
      return result;
    } catch (error) {
      if (!down) {
        const reason = error instanceof Error ? error.message : String(error);
        logger.warn(
          `debitura-collect: the Redis store cannot be reached (${reason}); tokens and rate limits are kept in ` +
            `this process until it answers again (asked every ${retryAfterMs / 1000} s).`,
        );
      }
      down = true;
      askAgainAt = now() + retryAfterMs;
      return fallback();
    }
  }

  const key = (kind: string, id: string) => `${prefix}${kind}:${id}`;
  const countsOfTurn = sendingOncePerTurn();

  return {
    hit: (id, windowMs) =>
      attempt(
        async (redis) =>
          Number(await countsOfTurn(() => redis.call('EVAL', countInWindow, 1, key('limit', id), windowMs))),
        () => memory.hit(id, windowMs),
      ),
    seen: (id, ttlSeconds) =>
      attempt(
        async (redis) => (await redis.call('SET', key('webhook', id), 1, 'EX', Math.ceil(ttlSeconds), 'NX')) === null,
        () => memory.seen(id, ttlSeconds),
      ),
    getToken: (tenant) =>
      attempt(
        async (redis) => {
          const stored = await redis.call('GET', key('token', tenant));
          if (typeof stored !== 'string') return null;
          const token: unknown = JSON.parse(stored);
          return isStoredToken(token) && token.expiresAt > now() ? token : null;
        },
        () => memory.getToken(tenant),
      ),
    async setToken(tenant, token) {
      await memory.setToken(tenant, token);
      const ttlMs = Math.floor(token.expiresAt - now());
      if (ttlMs < 1) return;
      await attempt(
        async (redis) => void (await redis.call('SET', key('token', tenant), JSON.stringify(token), 'PX', ttlMs)),
        () => undefined,
      );
    },
    claimMint: (tenant, ttlMs) =>
      attempt(
        async (redis) => {
          const claimKey = key('mint-claim', tenant);
          const holder = crypto.randomUUID();
          if ((await redis.call('SET', claimKey, holder, 'PX', Math.ceil(ttlMs), 'NX')) === null) return null;
          return async () => void (await redis.call('EVAL', releaseClaim, 1, claimKey, holder).catch(() => undefined));
        },
        () => memory.claimMint(tenant, ttlMs),
      ),
    async close() {
      if (!owned) return;
      const opened = await connecting.catch(() => null);
      await opened?.quit().catch(() => undefined);
    },
  };
}
