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
