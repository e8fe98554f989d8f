import net from 'node:net';
import { z } from 'zod';

/**
 * Which proxies' `X-Forwarded-For` to believe: none (the socket's address is the client's), the
 * nearest N hops, or the proxies at these addresses/CIDRs (or proxy-addr's names `loopback`,
 * `linklocal`, `uniquelocal`). "true" (believe anyone) is refused: any client could then pick its
 * address and escape the throttles.
 */
export type TrustProxy = { hops: number } | { addresses: string[] } | false;

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length || !address || !net.isIP(address)) return false;
  if (bits === undefined) return true;
  const max = net.isIPv4(address) ? 32 : 128;
  return /^\d+$/.test(bits) && Number(bits) <= max;
}

const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): TrustProxy => {
    if (value === '' || value === 'false' || value === '0') return false;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops <= 10) return { hops };
    }
    const addresses = value.split(',').map((entry) => entry.trim());
    if (addresses.every(isAddressOrCidr)) return { addresses };
    ctx.addIssue({
      code: 'custom',
      message:
        'must be a hop count (1-10), or proxy addresses/CIDRs separated by commas (e.g. 10.0.0.0/8,loopback); "true" would let any client pick its address',
    });
    return z.NEVER;
  });

const origin = z.string().transform((value, ctx) => {
  try {
    const url = new URL(value.trim());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.trim().replace(/\/$/, ''))
      return url.origin;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: `"${value}" is not an origin like https://orders.example.com` });
  return z.NEVER;
});

const originList = z
  .string()
  .transform((value) => value.split(',').filter((entry) => entry.trim() !== ''))
  .pipe(z.array(origin));

/** Who may read the schema (introspection) and get "Did you mean…" suggestions in errors. */
export type SchemaVisibility = 'everyone' | 'signed-in' | 'nobody';

/** The environment variables of this file, merged into config.ts's schema. */
export const securityEnv = {
  TRUST_PROXY: trustProxy.optional().meta({
    description:
      'Proxies in front whose `X-Forwarded-For` to believe: a hop count (1-10) or addresses/CIDRs (e.g. `10.0.0.0/8,loopback`); the throttles, rate limits and logs then see the client’s address (docs/security.md).',
    defaultText: 'unset: no proxy trusted',
  }),
  ALLOWED_ORIGINS: originList.optional().meta({
    description:
      'Origins besides the server’s own whose pages may open its WebSocket and send it cookie requests, separated by commas.',
    defaultText: 'the server’s own (and the Vite dev servers outside production)',
  }),
  GRAPHQL_INTROSPECTION: z.enum(['everyone', 'signed-in', 'nobody']).optional().meta({
    description: 'Who may introspect the schema and get field suggestions in errors.',
    defaultText: '`everyone`; `signed-in` in production',
  }),
  API_SELLER_BUCKET: z.coerce.number().int().min(1).optional().meta({
    description: 'Cost budget one seller’s keys and sessions share, on top of each one’s own.',
    defaultText: '3 × `API_RATE_LIMIT_BUCKET`',
  }),
  API_SELLER_RESTORE_RATE: z.coerce.number().int().min(1).optional().meta({
    description: 'Points a second the seller’s shared budget refills.',
    defaultText: '3 × `API_RATE_LIMIT_RESTORE_RATE`',
  }),
  API_KEYS_PER_SELLER: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(25)
    .describe('Active API keys one seller may hold.'),
};

type SecurityEnv = z.infer<z.ZodObject<typeof securityEnv>>;

export type SecuritySettings = {
  trustProxy: TrustProxy;
  /** Exact origins allowed besides the server's own (the Vite dev servers outside production). */
  allowedOrigins: string[];
  schemaVisibility: SchemaVisibility;
  /** The budget one seller's keys and sessions share, on top of each one's own. */
  sellerRateLimit: { bucket: number; restoreRate: number };
  apiKeysPerSeller: number;
};

/** The dashboard's and the playground's Vite dev servers, which proxy /graphql to the API. */
const DEV_SERVER_ORIGINS = ['http://localhost:5173', 'http://localhost:5174'];

export function securitySettings(
  e: SecurityEnv & { NODE_ENV: string; API_RATE_LIMIT_BUCKET: number; API_RATE_LIMIT_RESTORE_RATE: number },
): SecuritySettings {
  const production = e.NODE_ENV === 'production';
  return {
    trustProxy: e.TRUST_PROXY ?? false,
    allowedOrigins: e.ALLOWED_ORIGINS ?? (production ? [] : DEV_SERVER_ORIGINS),
    schemaVisibility: e.GRAPHQL_INTROSPECTION ?? (production ? 'signed-in' : 'everyone'),
    sellerRateLimit: {
      bucket: e.API_SELLER_BUCKET ?? 3 * e.API_RATE_LIMIT_BUCKET,
      restoreRate: e.API_SELLER_RESTORE_RATE ?? 3 * e.API_RATE_LIMIT_RESTORE_RATE,
    },
    apiKeysPerSeller: e.API_KEYS_PER_SELLER,
  };
}
