import crypto from 'node:crypto';

/** Deprecated: sent beside the Standard Webhooks headers until 2027-07-01, then removed (docs/webhooks.md). */
export const SIGNATURE_HEADER = 'Order-Desk-Signature';

/**
 * A new endpoint secret: `whsec_` and 32 random bytes in base64. Drawn again until the encoding
 * holds no `-` or `_`, so the same text is valid base64url (what secrets were before) and standard
 * base64 (what Standard Webhooks libraries decode): no `=` padding is needed at 43 characters.
 */
export function newWebhookSecret(): string {
  for (;;) {
    const encoded = crypto.randomBytes(32).toString('base64url');
    if (!/[-_]/.test(encoded)) return `whsec_${encoded}`;
  }
}

/**
 * The deprecated signature header, Stripe-style: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
 * keyed with the whole secret text, one `v1` per secret in use (two during a rotation's overlap).
 */
export function signWebhook(secrets: string[], body: string, timestamp: number): string {
  const digests = secrets.map(
    (secret) => `v1=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`,
  );
  return [`t=${timestamp}`, ...digests].join(',');
}

/**
 * The Standard Webhooks headers: the key is the secret's base64 after `whsec_` (older secrets are
 * base64url, which Node decodes the same way), the content signed `<id>.<timestamp>.<body>`, and
 * `webhook-signature` one `v1,<base64>` per secret in use, space-separated.
 */
export function standardWebhookHeaders(
  secrets: string[],
  messageId: string,
  body: string,
  timestamp: number,
): Record<string, string> {
  const signatures = secrets.map((secret) => {
    const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
    return `v1,${crypto.createHmac('sha256', key).update(`${messageId}.${timestamp}.${body}`).digest('base64')}`;
  });
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatures.join(' '),
  };
}
