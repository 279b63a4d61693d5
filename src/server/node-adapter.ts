// Serves a fetch-style handler from node:http, Express or Connect: the Node request becomes a standard Request
// (method, full URL, every header, the body) and the Response is written back, headers and all. A handler that
// can answer with plain data (the token endpoint) takes a fast path instead: a lazy request (srvx's NodeRequest,
// which builds nothing until it is read) in, its answer written straight out, no Request or Response in between.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { NodeRequest } from 'srvx/node';
import { isPending } from './pending.js';
import { answerJson, answerPlainly, type AnswersPlainly, type EndpointAnswer } from './endpoint-answer.js';

export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** Express and Connect requests carry these when mounted under a path or after a body parser. */
type ExpressRequest = IncomingMessage & { originalUrl?: string; body?: unknown; rawBody?: unknown };

export type NodeListener = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

const bodylessMethods = new Set(['GET', 'HEAD']);

/** A Host header as RFC 9110 allows it: a name or IP literal and an optional port, nothing like `user:pw@`. */
const validHost = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The request cannot be turned into a standard Request: the client's fault, answered 400. */
export class BadNodeRequestError extends Error {
  override readonly name = 'BadNodeRequestError';
}

/** The Host header last found valid: a server mostly hears one, so it is matched against the pattern once. */
let lastValidHost = 'localhost';

function checkedHost(request: IncomingMessage): string {
  const host = request.headers.host ?? 'localhost';
  if (host === lastValidHost) return host;
  if (!validHost.test(host)) throw new BadNodeRequestError('The Host header is not a host name.');
  lastValidHost = host;
  return host;
}

function requestUrl(request: ExpressRequest): string {
  const encrypted = 'encrypted' in request.socket && request.socket.encrypted === true;
  const host = checkedHost(request);
  return new URL(request.originalUrl ?? request.url ?? '/', `${encrypted ? 'https' : 'http'}://${host}`).href;
}

function requestHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/** A request that announces no body (no chunked encoding, no or zero Content-Length) has none to stream. */
function announcesNoBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] === undefined && (length === undefined || length === '0');
}

function requestBody(request: ExpressRequest): BodyInit | null {
  if (bodylessMethods.has(request.method ?? 'GET')) return null;
  // A body parser that ran first has drained the stream; use what it kept.
  if (request.rawBody instanceof Uint8Array) return new Uint8Array(request.rawBody);
  if (request.readableEnded || request.complete) {
    if (typeof request.body === 'string') return request.body;
    if (request.body instanceof Uint8Array) return new Uint8Array(request.body);
    if (request.body !== undefined && request.body !== null) return JSON.stringify(request.body);
    return null;
  }
  if (announcesNoBody(request)) return null;
  return Readable.toWeb(request) as ReadableStream<Uint8Array>;
}

/** The Node request as a standard Request; throws `BadNodeRequestError` for a Host header that is not a host. */
export function toWebRequest(request: IncomingMessage): Request {
  const body = requestBody(request);
  const controller = new AbortController();
  request.once('close', () => {
    if (!request.complete) controller.abort();
  });
  return new Request(requestUrl(request), {
    method: request.method ?? 'GET',
    headers: requestHeaders(request),
    body,
    signal: controller.signal,
    // Node requires this for a streamed body.
    ...(body instanceof ReadableStream && { duplex: 'half' }),
  });
}

function writeError(response: ServerResponse, status: number, error: string, message: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.setHeader('cache-control', 'no-store');
  response.end(JSON.stringify({ error, message }));
}

export async function writeWebResponse(webResponse: Response, response: ServerResponse): Promise<void> {
  response.statusCode = webResponse.status;
  if (webResponse.statusText) response.statusMessage = webResponse.statusText;
  const cookies = webResponse.headers.getSetCookie();
  for (const [name, value] of webResponse.headers) {
    if (name !== 'set-cookie') response.setHeader(name, value);
  }
  if (cookies.length > 0) response.setHeader('set-cookie', cookies);
  if (!webResponse.body) {
    response.end();
    return;
  }
  const reader = webResponse.body.getReader();
  try {
    const first = await reader.read();
    const second = first.done ? first : await reader.read();
    if (second.done) {
      // A body in one piece (every JSON answer) goes out with its length in a single write: a chunked answer
      // ends with a second small segment that Nagle and delayed ACKs hold back on keep-alive connections.
      const body = first.value ?? new Uint8Array(0);
      if (!response.hasHeader('content-length')) response.setHeader('content-length', body.byteLength);
      response.end(body);
      return;
    }
    await streamRest(
      reader,
      [first.value, second.value].filter((chunk) => chunk !== undefined),
      response,
    );
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    throw error;
  }
}

/** Streams a longer body with backpressure, stopping when the client goes away. */
async function streamRest(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  head: Uint8Array[],
  response: ServerResponse,
): Promise<void> {
  const closed = new Promise<void>((resolve) => response.once('close', resolve));
  const write = async (chunk: Uint8Array) => {
    if (!response.write(chunk)) await Promise.race([new Promise((resolve) => response.once('drain', resolve)), closed]);
  };
  for (const chunk of head) await write(chunk);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (response.destroyed) {
      await reader.cancel();
      return;
    }
    await write(value);
  }
  response.end();
}

/**
 * The lazy request sees the Node request as it arrived; one that Express mounted under a path (its URL rewritten)
 * or whose body a parser already read goes the standard way, which knows about both.
 */
function arrivedUntouched(request: ExpressRequest): boolean {
  return (
    (request.originalUrl === undefined || request.originalUrl === request.url) &&
    request.body === undefined &&
    request.rawBody === undefined
  );
}

/** Writes a plain answer in one piece, with the headers `Response.json` would give it. */
function writeAnswer(answer: EndpointAnswer, response: ServerResponse): void {
  const body = answerJson(answer);
  if (body === undefined) {
    response.writeHead(answer.status, answer.headers);
    response.end();
    return;
  }
  // The answer is this request's own: its headers are completed in place rather than copied.
  const headers: Record<string, string | number> = answer.headers;
  headers['content-type'] = 'application/json';
  headers['content-length'] = Buffer.byteLength(body);
  response.writeHead(answer.status, headers);
  response.end(body);
}

/**
 * Adapts a fetch-style handler (such as `createTokenHandler(...)`) to a Node listener.
 *
 * @example
 * // node:http
 * http.createServer(toNodeListener(tokenHandler)).listen(3000);
 * // Express: mount before or after body parsers, the request body and headers reach the handler intact
 * app.post('/api/debitura/token', toNodeListener(tokenHandler));
 */
export function toNodeListener(handler: FetchHandler | (FetchHandler & AnswersPlainly)): NodeListener {
  const answer = answerPlainly in handler ? handler[answerPlainly] : null;
  return async function nodeListener(request: ExpressRequest, response, next) {
    try {
      if (answer && arrivedUntouched(request)) {
        checkedHost(request);
        const answering = answer(new NodeRequest({ req: request, res: response }));
        // An answer that needed no waiting (a cached token) is written within the request's own event.
        return writeAnswer(isPending(answering) ? await answering : answering, response);
      }
      await writeWebResponse(await handler(toWebRequest(request)), response);
    } catch (error) {
      if (error instanceof BadNodeRequestError) return writeError(response, 400, 'bad_request', error.message);
      if (next) return next(error);
      if (!response.headersSent) {
        writeError(response, 500, 'internal', 'The request could not be handled.');
      } else {
        response.destroy();
      }
    }
  };
}
