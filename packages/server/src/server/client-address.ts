import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { TrustProxy } from '../config/security-settings';

export type TrustFunction = (address: string, hop: number) => boolean;

/**
 * Which hops of `X-Forwarded-For` are proxies of ours (TRUST_PROXY): Express uses it for `req.ip`, and
 * so does the WebSocket upgrade, so the throttles, the rate limits and the logs all see the client's
 * address rather than the proxy's, and no client can pick its own.
 */
export function trustFunction(trust: TrustProxy): TrustFunction {
  if (!trust) return () => false;
  if ('hops' in trust) return (_address, hop) => hop < trust.hops;
  return proxyaddr.compile(trust.addresses);
}

const addresses = new WeakMap<IncomingMessage, string>();

/** The client's address of a request that Express's `req.ip` does not serve (/graphql, a WebSocket upgrade), found once. */
export function clientAddressOf(req: IncomingMessage, trust: TrustFunction): string {
  let address = addresses.get(req);
  if (address === undefined) addresses.set(req, (address = proxyaddr(req, trust)));
  return address;
}
