import crypto from 'node:crypto';

/**
 * A receiver's check of `Order-Desk-Signature`, step by step as docs/webhooks.md tells partners:
 * HMAC-SHA256 over "<t>.<raw body>" with the endpoint's secret, compared in constant time, and a
 * timestamp at most `toleranceSeconds` away. Kept apart from the server's signing code, so the tests
 * check the documented procedure rather than the code against itself.
 */
export function verifyWebhookSignature(
  secret: string,
  rawBody: string,
  header: string | undefined,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((part) => part.split('=', 2)));
  const expected = crypto.createHmac('sha256', secret).update(`${parts.t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  const fresh = Math.abs(Date.now() / 1000 - Number(parts.t)) <= toleranceSeconds;
  return fresh && given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
