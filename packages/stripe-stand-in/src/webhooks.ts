import crypto from 'node:crypto';

/** Stripe's webhook signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload" with the endpoint secret>`. */
export function signPayload(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const signature = crypto.createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

export type WebhookDelivery = { eventId: string; status: number | 'error'; at: Date };

/**
 * Posts events to the endpoint as Stripe does: signed, retried with backoff while the endpoint fails
 * (a few quick attempts here instead of Stripe's three days).
 */
export async function deliver(
  url: string,
  secret: string,
  payload: string,
  attempts = 5,
  onAttempt: (status: number | 'error') => void = () => undefined,
): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'stripe-signature': signPayload(payload, secret),
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
        body: payload,
      });
      onAttempt(response.status);
      if (response.ok) return true;
    } catch {
      onAttempt('error');
    }
    await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
  }
  return false;
}
