import crypto from 'node:crypto';
import type { WebSocket } from 'ws';
import { inTransaction, money, pool } from './baseline-db';
import { recordEvents } from './baseline-writes';

const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? '';

// Payment-status fan-out: sockets per seller, fed straight from the webhook handler after commit.
export const subscribers = new Map<string, Set<WebSocket>>();

export function verifyStripeSignature(body: string, header: string | undefined): boolean {
  const parts = new Map((header ?? '').split(',').map((p) => p.split('=') as [string, string]));
  const t = parts.get('t');
  const v1 = parts.get('v1');
  if (!t || !v1) return false;
  const expected = crypto.createHmac('sha256', webhookSecret).update(`${t}.${body}`).digest('hex');
  return v1.length === expected.length && crypto.timingSafeEqual(Buffer.from(v1), Buffer.from(expected));
}

export async function stripeWebhook(body: string): Promise<void> {
  const event = JSON.parse(body) as { id: string; type: string; data: { object: { id: string } } };
  const change = await inTransaction(async (tx) => {
    const fresh = await tx.query(
      `INSERT INTO stripe_events (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [event.id, event.type],
    );
    if (!fresh.rows[0] || event.type !== 'payment_intent.succeeded') return null;
    const located = await tx.query(
      `SELECT p.id, i.order_id FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.stripe_payment_intent_id = $1`,
      [event.data.object.id],
    );
    if (!located.rows[0]) return null;
    await tx.query(`SELECT id FROM orders WHERE id = $1 FOR UPDATE`, [located.rows[0].order_id]);
    const attempt = (
      await tx.query(
        `SELECT p.id, p.invoice_id, p.seller_id, p.status, i.order_id FROM payments p JOIN invoices i ON i.id = p.invoice_id
          WHERE p.id = $1 FOR UPDATE OF p`,
        [located.rows[0].id],
      )
    ).rows[0];
    if (attempt.status !== 'PROCESSING') return null;
    await tx.query(`UPDATE payments SET status = 'PAID', updated_at = now() WHERE id = $1`, [attempt.id]);
    await tx.query(`UPDATE invoices SET payment_status = 'PAID', paid_at = now(), updated_at = now() WHERE id = $1`, [
      attempt.invoice_id,
    ]);
    await tx.query(`UPDATE orders SET payment_status = 'PAID', updated_at = now() WHERE id = $1`, [attempt.order_id]);
    await recordEvents(
      tx,
      { sellerId: attempt.seller_id, apiKeyId: null, name: 'System' },
      [
        {
          orderId: attempt.order_id,
          type: 'PAYMENT_PAID',
          summary: 'Card payment succeeded',
          data: { paymentId: attempt.id },
        },
      ],
      ['invoice.paid'],
    );
    return { sellerId: attempt.seller_id as string, invoiceId: attempt.invoice_id as string };
  });
  if (!change) return;
  const { rows } = await pool.query(
    `SELECT id, number, status, payment_status, paid_at, total_amount, currency FROM invoices WHERE id = $1`,
    [change.invoiceId],
  );
  const i = rows[0];
  const message = JSON.stringify({
    type: 'next',
    payload: {
      data: {
        invoicePaymentStatusChanged: {
          id: i.id,
          number: i.number,
          status: i.status,
          paymentStatus: i.payment_status,
          paidAt: i.paid_at?.toISOString() ?? null,
          total: money(i.total_amount, i.currency),
        },
      },
    },
  });
  for (const socket of subscribers.get(change.sellerId) ?? []) socket.send(message);
}
