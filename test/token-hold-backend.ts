// Koa middleware for web-test-runner: lets a browser test hold the real token endpoint's answer until it says so,
// to show what the widget does while the token is on its way. A token request with `?hold=<id>` waits at the
// door; `POST /api/test/token-hold/<id>/release` lets it through to the real endpoint, and `?as=signed-out` lets
// it through as a signed-out user, so the real endpoint refuses it. Each release lets one request through; the
// next one (a retry) waits again. `GET /api/test/token-hold/<id>` answers `{waiting}`: whether a request is being
// held. No timers: a held request waits for its release, or for the test run to end.
import type { IncomingMessage, ServerResponse } from 'node:http';

type KoaContext = { path: string; req: IncomingMessage; res: ServerResponse; respond: boolean; status: number };

type Outcome = 'answer' | 'signed-out';

interface Hold {
  waiting: boolean;
  release: Promise<Outcome>;
  open: (outcome: Outcome) => void;
}

function newHold(): Hold {
  let open: Hold['open'] = () => {};
  const release = new Promise<Outcome>((resolve) => (open = resolve));
  return { waiting: false, release, open };
}

/** Bounded: a test run holds a handful; the oldest are forgotten first. */
const maxHolds = 100;
const controlPath = /^\/api\/test\/token-hold\/([\w-]{1,64})(\/release)?$/;

export function tokenHoldMiddleware(tokenPath = '/api/debitura/token') {
  const holds = new Map<string, Hold>();
  const holdOf = (id: string): Hold => {
    let hold = holds.get(id);
    if (!hold) {
      hold = newHold();
      holds.set(id, hold);
      if (holds.size > maxHolds) holds.delete(holds.keys().next().value!);
    }
    return hold;
  };
  const reply = (ctx: KoaContext, status: number, body?: unknown) => {
    ctx.respond = false;
    ctx.res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    ctx.res.end(body === undefined ? undefined : JSON.stringify(body));
  };

  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const control = controlPath.exec(ctx.path);
    if (control) {
      const hold = holdOf(control[1]!);
      if (!control[2]) return reply(ctx, 200, { waiting: hold.waiting });
      if (ctx.req.method !== 'POST') return reply(ctx, 405);
      const as = new URL(ctx.req.url ?? '/', 'http://test.invalid').searchParams.get('as');
      hold.open(as === 'signed-out' ? 'signed-out' : 'answer');
      return reply(ctx, 204);
    }
    const id =
      ctx.path === tokenPath ? new URL(ctx.req.url ?? '/', 'http://test.invalid').searchParams.get('hold') : null;
    if (!id) return next();
    const hold = holdOf(id);
    hold.waiting = true;
    const outcome = await hold.release;
    // This release is used up: the next request with the id waits for a release of its own.
    if (holds.get(id) === hold) holds.set(id, newHold());
    // The partner's session ends while the token is on its way: an empty session cookie is a signed-out user.
    if (outcome === 'signed-out') ctx.req.headers.cookie = 'demo_tenant=';
    return next();
  };
}
