import type { Transporter } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import type { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../auth/actor';
import { rows } from '../common/sql';
import type { OrderChangePublisher } from '../order-engine/order-change-events';
import { formatMoney } from '../common/money-format';
import { dateIn, formatDay } from '../common/date-format';
import type { CancellationReason } from '../order-engine/cancellation-reason';
import type { RejectionReason } from '../order-engine/rejection-reason';
import { recordOrderEvent } from '../order-engine/order-timeline';
import { EmailKind } from './email-kind';
import { EmailStatus, type OutboundEmail } from './outbound-email.entity';
import { renderOrderCancelled } from './templates/order-cancelled';
import { renderOrderRejected } from './templates/order-rejected';
import { renderWebhookEndpointDisabled } from './templates/webhook-endpoint-disabled';
import { OrderEventType } from '../order-engine/order-event-type';

type Rendered = {
  to: string;
  /** The seller's name, shown as the sender (the address is ours: the one we may send from). */
  fromName: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string;
  summary: string;
};

/** Where the emails come from: MAIL_FROM's address, and the domain of their Message-IDs. */
export type MailSender = Pick<Config, 'mailFrom' | 'mailMessageIdDomain'>;

/**
 * Sends one outbox email. The row stays locked while the message goes out and is marked SENT in the
 * same transaction, so a retried or duplicated job never sends a sent email again. The Message-ID is
 * derived from the row, so a receiver can drop the rare duplicate of a crash between the SMTP
 * server's acceptance and our commit.
 */
export class EmailDelivery {
  constructor(
    private readonly db: DataSource,
    private readonly transport: Transporter,
    private readonly sender: MailSender,
    private readonly changes: OrderChangePublisher,
    private readonly logger: Logger,
  ) {}

  async deliver(emailId: string): Promise<void> {
    let sentFor: { sellerId: string; orderId: string } | null = null;
    try {
      await this.db.transaction(async (tx) => {
        const [email] = await rows<OutboundEmail>(
          tx,
          `SELECT id, seller_id AS "sellerId", order_id AS "orderId", webhook_endpoint_id AS "webhookEndpointId", kind, status
             FROM outbound_emails WHERE id = $1 FOR UPDATE`,
          [emailId],
        );
        if (!email || email.status === EmailStatus.SENT) return;
        const content = await this.render(tx, email);
        // From the row: the same Message-ID on every retry, so receivers can drop a duplicate.
        const messageId = `<${email.id}@${this.sender.mailMessageIdDomain}>`;
        const [from] = addressparser(this.sender.mailFrom, { flatten: true });
        await this.transport.sendMail({
          from: { name: content.fromName, address: from!.address },
          ...(content.replyTo ? { replyTo: content.replyTo } : {}),
          to: content.to,
          subject: content.subject,
          text: content.text,
          html: content.html,
          messageId,
        });
        await tx.query(
          `UPDATE outbound_emails SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL,
                  to_address = $2, subject = $3, message_id = $4
            WHERE id = $1`,
          [email.id, content.to, content.subject, messageId],
        );
        if (email.orderId) {
          await recordOrderEvent(tx, { id: email.orderId, sellerId: email.sellerId }, SYSTEM_ACTOR, {
            type: OrderEventType.EMAIL_SENT,
            summary: `${content.summary} sent to ${content.to}`,
            data: { emailId: email.id, messageId, to: content.to, subject: content.subject },
          });
          sentFor = { sellerId: email.sellerId, orderId: email.orderId };
        }
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.db.query(`UPDATE outbound_emails SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
        emailId,
        message.slice(0, 1000),
      ]);
      this.logger.warn({ emailId, err: error }, 'email delivery failed; it will be retried');
      throw error;
    }
    if (sentFor) this.changes.publish(sentFor);
  }

  private async render(
    tx: EntityManager,
    email: Pick<OutboundEmail, 'kind' | 'orderId' | 'webhookEndpointId'>,
  ): Promise<Rendered> {
    if (email.kind === EmailKind.WEBHOOK_ENDPOINT_DISABLED) return this.renderEndpointDisabled(tx, email);
    const [order] = await rows<{
      number: number;
      placedAt: Date;
      currency: string;
      rejectionReason: RejectionReason;
      rejectionMessage: string | null;
      cancellationReason: CancellationReason;
      cancellationMessage: string | null;
      sellerName: string;
      timeZone: string;
      locale: string;
      replyTo: string | null;
      contactName: string;
      buyerEmail: string;
    }>(
      tx,
      `SELECT o.number, o.placed_at AS "placedAt", o.currency, o.rejection_reason AS "rejectionReason",
              o.rejection_message AS "rejectionMessage", o.cancellation_reason AS "cancellationReason",
              o.cancellation_message AS "cancellationMessage",
              s.name AS "sellerName", s.time_zone AS "timeZone", s.locale,
              coalesce(s.reply_to_email, s.email) AS "replyTo", b.contact_name AS "contactName", b.email AS "buyerEmail"
         FROM orders o JOIN sellers s ON s.id = o.seller_id JOIN buyers b ON b.id = o.buyer_id
        WHERE o.id = $1`,
      [email.orderId],
    );
    if (!order) throw new Error(`order ${email.orderId} of email is gone`);
    const items = await rows<{ sku: string; name: string; quantity: number }>(
      tx,
      `SELECT sku, product_name || coalesce(' – ' || variant_name, '') AS name, quantity
         FROM order_items WHERE order_id = $1 ORDER BY position`,
      [email.orderId],
    );
    const common = {
      sellerName: order.sellerName,
      buyerContactName: order.contactName,
      orderNumber: order.number,
      // The day the buyer placed it where the seller is, in the seller's words.
      placedOn: formatDay(dateIn(new Date(order.placedAt), order.timeZone), order.locale),
      items,
    };
    const envelope = { to: order.buyerEmail, fromName: order.sellerName, replyTo: order.replyTo };
    switch (email.kind) {
      case EmailKind.ORDER_REJECTED: {
        const rendered = renderOrderRejected({
          ...common,
          reason: order.rejectionReason,
          message: order.rejectionMessage,
        });
        return { ...rendered, ...envelope, summary: 'Rejection email' };
      }
      case EmailKind.ORDER_CANCELLED: {
        const [refunds] = await rows<{ card: string; terms: string }>(
          tx,
          `SELECT coalesce(sum(amount_minor) FILTER (WHERE method = 'CARD'), 0) AS card,
                  coalesce(sum(amount_minor) FILTER (WHERE method = 'TERMS'), 0) AS terms
             FROM refunds WHERE order_id = $1`,
          [email.orderId],
        );
        const formatted = (amount: string) =>
          Number(amount) > 0 ? formatMoney({ amount: Number(amount), currency: order.currency }, order.locale) : null;
        const rendered = renderOrderCancelled({
          ...common,
          reason: order.cancellationReason,
          message: order.cancellationMessage,
          refundedToCard: formatted(refunds!.card),
          owedBack: formatted(refunds!.terms),
        });
        return { ...rendered, ...envelope, summary: 'Cancellation email' };
      }
    }
  }

  /** To every owner of the seller, at once: any of them can fix the endpoint. */
  private async renderEndpointDisabled(
    tx: EntityManager,
    email: Pick<OutboundEmail, 'webhookEndpointId'>,
  ): Promise<Rendered> {
    const [endpoint] = await rows<{
      url: string;
      description: string | null;
      reason: string | null;
      sellerName: string;
      owners: string | null;
    }>(
      tx,
      `SELECT w.url, w.description, w.disabled_reason AS reason, s.name AS "sellerName",
              (SELECT string_agg(u.email, ', ' ORDER BY u.email) FROM seller_users u
                WHERE u.seller_id = s.id AND u.role = 'OWNER') AS owners
         FROM webhook_endpoints w JOIN sellers s ON s.id = w.seller_id
        WHERE w.id = $1`,
      [email.webhookEndpointId],
    );
    if (!endpoint?.owners)
      throw new Error(`webhook endpoint ${email.webhookEndpointId} of email or its owners are gone`);
    const rendered = renderWebhookEndpointDisabled({
      sellerName: endpoint.sellerName,
      url: endpoint.url,
      description: endpoint.description,
      reason: endpoint.reason ?? 'Its deliveries kept failing.',
    });
    return {
      ...rendered,
      to: endpoint.owners,
      fromName: 'Order Desk',
      replyTo: null,
      summary: 'Endpoint disabled email',
    };
  }
}
