import net from 'node:net';

/**
 * Where a webhook may be sent. In production (allowLocal off) only https:// URLs that reach public
 * addresses: loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * unique-local IPv6 and reserved ranges are refused, so a seller cannot make the server call into
 * its own network (SSRF). The check runs on the URL when the endpoint is saved and again on every
 * address the host name resolves to when a delivery connects (a DNS answer can change).
 * With allowLocal (development, tests) anything goes, and plain http:// is allowed for loopback hosts.
 */
const blocked = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_URL_LENGTH = 2048;

/** Is this IP address one deliveries may connect to in production? */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped ? mapped[1]! : address;
  const family = net.isIP(ip);
  if (family === 0) return false;
  return !blocked.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why the URL cannot be an endpoint, or null when it can. */
export function webhookUrlProblem(value: string, allowLocal: boolean): string | null {
  if (value.length > MAX_URL_LENGTH) return `The URL can be at most ${MAX_URL_LENGTH} characters.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full URL, e.g. https://erp.example.com/order-desk/webhooks.';
  }
  if (url.username || url.password) return 'The URL cannot contain a user name or password.';
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'http:') {
    if (allowLocal && (LOOPBACK_NAMES.has(host) || host.endsWith('.localhost'))) return null;
    return 'Use an https:// URL (plain http:// is only allowed for localhost in development).';
  }
  if (url.protocol !== 'https:') return 'Use an https:// URL.';
  if (allowLocal) return null;
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  if (host === 'localhost' || host.endsWith('.localhost') || (net.isIP(literal) && !isPublicAddress(literal))) {
    return 'The URL must reach a public address, not localhost or a private network.';
  }
  return null;
}
