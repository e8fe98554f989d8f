import crypto from 'node:crypto';

export const SIGNATURE_HEADER = 'Order-Desk-Signature';

/** A new endpoint secret: 32 random bytes, shown to the seller once. */
export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString('base64url')}`;
}

/**
 * The signature header, Stripe-style: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. The
 * timestamp is signed too, so a receiver that refuses old timestamps cannot be sent a replay.
 */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const digest = crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

/**
 * What docs/webhooks.md tells receivers to do: recompute the HMAC over the raw body, compare in
 * constant time, and refuse a timestamp older than `toleranceSeconds`.
 */
export function verifyWebhook(
  secret: string,
  body: string,
  header: string | undefined,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  if (!header) return false;
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1');
  if (!Number.isInteger(timestamp) || !given || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  const received = Buffer.from(given, 'hex');
  return received.length === expected.length && crypto.timingSafeEqual(received, expected);
}
