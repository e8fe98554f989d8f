import crypto from 'node:crypto';

/**
 * A receiver's check of the deprecated `Order-Desk-Signature`, step by step as docs/webhooks.md tells
 * partners: HMAC-SHA256 over "<t>.<raw body>" with the endpoint's secret, compared in constant time
 * with each `v1` (two during a secret rotation's overlap), and a timestamp at most `toleranceSeconds`
 * away. Kept apart from the server's signing code, so the tests check the documented procedure rather
 * than the code against itself.
 */
export function verifyWebhookSignature(
  secret: string,
  rawBody: string,
  header: string | undefined,
  toleranceSeconds = 300,
): boolean {
  const parts = (header ?? '').split(',').map((part) => part.split('=', 2));
  const t = parts.find(([name]) => name === 't')?.[1];
  const expected = crypto.createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const fresh = Math.abs(Date.now() / 1000 - Number(t)) <= toleranceSeconds;
  const matches = parts
    .filter(([name]) => name === 'v1')
    .map(([, value]) => Buffer.from(value ?? '', 'hex'))
    .some((given) => given.length === expected.length && crypto.timingSafeEqual(given, expected));
  return fresh && matches;
}
