// The part of Express the adapter tests use, typed once for both `express4` and `express5`.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface ExpressApp {
  (request: IncomingMessage, response: ServerResponse): void;
  use(...handlers: unknown[]): ExpressApp;
  post(path: string, ...handlers: unknown[]): ExpressApp;
  all(path: string, ...handlers: unknown[]): ExpressApp;
  listen(port: number, host: string, ready: () => void): Server;
}

export interface ExpressFactory {
  (): ExpressApp;
  json(): unknown;
}
