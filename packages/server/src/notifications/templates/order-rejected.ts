import { escapeHtml } from '../../common/html';
import type { RejectionReason } from '../../order-engine/rejection-reason';

export type OrderRejectedEmail = {
  sellerName: string;
  buyerContactName: string;
  orderNumber: number;
  /** The day the order was placed, written as the seller's locale writes it. */
  placedOn: string;
  reason: RejectionReason;
  message: string | null;
  items: { sku: string; name: string; quantity: number }[];
};

const EXPLANATIONS: Record<RejectionReason, (sellerName: string) => string> = {
  OUT_OF_STOCK: (seller) =>
    `${seller} cannot fill this order because the items are out of stock. You can place a new order once they are back in stock.`,
  OUT_OF_TERRITORY: (seller) =>
    `${seller} does not currently sell to retailers in your area, so it cannot accept this order.`,
  OTHER: (seller) => `${seller} could not accept this order.`,
};

/** The buyer's email when a seller rejects their order: reason-specific, with the seller's own words. */
export function renderOrderRejected(email: OrderRejectedEmail): { subject: string; text: string; html: string } {
  const subject = `Your order #${email.orderNumber} with ${email.sellerName} was not accepted`;
  const explanation = EXPLANATIONS[email.reason](email.sellerName);
  const lines = email.items.map((item) => `  ${item.quantity} × ${item.name} (${item.sku})`);
  const text = [
    `Hello ${email.buyerContactName},`,
    '',
    `Your order #${email.orderNumber}, placed on ${email.placedOn}, was not accepted.`,
    explanation,
    ...(email.message ? ['', `Message from ${email.sellerName}:`, email.message] : []),
    '',
    'The order contained:',
    ...lines,
    '',
    'You have not been charged for this order.',
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">
<p>Hello ${escapeHtml(email.buyerContactName)},</p>
<p>Your order <strong>#${email.orderNumber}</strong>, placed on ${escapeHtml(email.placedOn)}, was not accepted.</p>
<p>${escapeHtml(explanation)}</p>
${email.message ? `<blockquote style="border-left:3px solid #d1d5db;margin:0;padding-left:12px"><p><strong>Message from ${escapeHtml(email.sellerName)}:</strong><br>${escapeHtml(email.message).replace(/\n/g, '<br>')}</p></blockquote>` : ''}
<p>The order contained:</p>
<ul>${email.items.map((item) => `<li>${item.quantity} × ${escapeHtml(item.name)} (${escapeHtml(item.sku)})</li>`).join('')}</ul>
<p>You have not been charged for this order.</p>
</body></html>`;
  return { subject, text, html };
}
