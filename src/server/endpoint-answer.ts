// An endpoint's answer as plain data: a status, headers and a JSON body (or none). The fetch-standard handler turns
// it into a Response; on Node, `toNodeListener` writes it straight to the socket, without a Response or a stream.

export interface EndpointAnswer {
  status: number;
  /** This answer's own object (never shared between answers): the Node adapter completes it in place. */
  headers: Record<string, string>;
  /** Sent as JSON; no body when undefined. */
  body?: unknown;
}

/** A handler that can also answer with plain data; `toNodeListener` uses it to skip building a Response. */
export const answerPlainly = Symbol('debitura-collect.answerPlainly');

export interface AnswersPlainly {
  [answerPlainly]: (request: Request) => Promise<EndpointAnswer>;
}

export function answerResponse(answer: EndpointAnswer): Response {
  const init = { status: answer.status, headers: answer.headers };
  return answer.body === undefined ? new Response(null, init) : Response.json(answer.body, init);
}
