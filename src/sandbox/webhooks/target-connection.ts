// One delivery of a webhook, over node:http(s) to an address that was checked. The URL is judged again (a
// subscription restored from a data file, or changed meanwhile), its host is resolved, every address it
// resolves to must be public or loopback, and the connection goes to the checked address only, so a name
// that resolves differently a moment later (DNS rebinding) cannot send the request elsewhere.
import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { addressKind } from './target-address.js';
import { webhookUrlProblem } from './target-url.js';

export interface DeliveryRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

/** Sends one delivery and resolves with the receiver's status; rejects with the reason it could not. */
export type DeliveryTransport = (delivery: DeliveryRequest) => Promise<{ status: number }>;

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** The address to connect to, after every address of the host passed the rules. */
export async function checkedAddress(url: URL, resolve: Resolver = systemResolver): Promise<LookupAddress> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const literal = addressKind(hostname);
  const addresses = literal ? [{ address: hostname, family: hostname.includes(':') ? 6 : 4 }] : await resolve(hostname);
  if (addresses.length === 0) throw new Error(`${hostname} does not resolve.`);
  for (const { address } of addresses) {
    const kind = addressKind(address);
    if (kind === 'private' || kind === undefined) {
      throw new Error(`${hostname} resolves to ${address}, a private address; the sandbox does not deliver there.`);
    }
  }
  return addresses[0]!;
}

export function pinnedTransport(resolve: Resolver = systemResolver): DeliveryTransport {
  return async (delivery) => {
    const problem = webhookUrlProblem(delivery.url);
    if (problem) throw new Error(problem);
    const url = new URL(delivery.url);
    const pinned = await checkedAddress(url, resolve);
    // Node asks for one address or, with autoSelectFamily, for all of them; either way it gets the checked one.
    const lookup: LookupFunction = (_hostname, options, callback) => {
      if ((options as { all?: boolean }).all) callback(null, [pinned] as never, pinned.family);
      else callback(null, pinned.address, pinned.family);
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolvePromise, reject) => {
      const outgoing = send(
        url,
        {
          method: 'POST',
          headers: { ...delivery.headers, 'Content-Length': String(Buffer.byteLength(delivery.body)) },
          lookup,
        },
        (response: IncomingMessage) => {
          clearTimeout(deadline);
          response.resume(); // the answer's body is not needed; drain it so the socket is freed
          resolvePromise({ status: response.statusCode ?? 0 });
        },
      );
      const deadline = setTimeout(
        () => outgoing.destroy(new Error(`No answer within ${delivery.timeoutMs} ms.`)),
        delivery.timeoutMs,
      );
      outgoing.on('error', (error) => {
        clearTimeout(deadline);
        reject(error);
      });
      outgoing.end(delivery.body);
    });
  };
}
