// An endpoint's answer as plain data: a status, headers and a JSON body (or none). The fetch-standard handler turns
// it into a Response; on Node, `toNodeListener` writes it straight to the socket, without a Response or a stream.

export interface EndpointAnswer {
  status: number;
  /** This answer's own object (never shared between answers): the Node adapter completes it in place. */
  headers: Record<string, string>;
  /** Sent as JSON; no body when undefined (and no `json`). */
  body?: unknown;
  /** The body already serialized, sent instead of `body`: for an answer whose JSON is mostly kept ready. */
  json?: string;
}

/** A handler that can also answer with plain data; `toNodeListener` uses it to skip building a Response. */
export const answerPlainly = Symbol('debitura-collect.answerPlainly');

export interface AnswersPlainly {
  /** The answer, without a promise when nothing had to be waited for. */
  [answerPlainly]: (request: Request) => EndpointAnswer | Promise<EndpointAnswer>;
}

/** The answer's body as JSON text, or undefined when it has none. */
export function answerJson(answer: EndpointAnswer): string | undefined {
  return answer.json ?? (answer.body === undefined ? undefined : JSON.stringify(answer.body));
}

export function answerResponse(answer: EndpointAnswer): Response {
  const json = answerJson(answer);
  if (json === undefined) return new Response(null, { status: answer.status, headers: answer.headers });
  // What Response.json would give it, from the text: a server that swaps in a lighter Response (Hono on Node)
  // can write a string body straight out.
  answer.headers['content-type'] = 'application/json';
  return new Response(json, { status: answer.status, headers: answer.headers });
}
