import { escapeHtml } from '../../common/html';
import type { CancellationReason } from '../../order-engine/cancellation-reason';

export type OrderCancelledEmail = {
  sellerName: string;
  buyerContactName: string;
  orderNumber: number;
  /** The day the order was placed, written as the seller's locale writes it. */
  placedOn: string;
  reason: CancellationReason;
  message: string | null;
  items: { sku: string; name: string; quantity: number }[];
  /** What goes back to the buyer, formatted: to the card, or owed back on terms. */
  refundedToCard: string | null;
  owedBack: string | null;
};

const EXPLANATIONS: Record<CancellationReason, (sellerName: string) => string> = {
  BUYER_REQUEST: (seller) => `As you asked, ${seller} has cancelled this order.`,
  OUT_OF_STOCK: (seller) => `${seller} cannot fill this order after all: the goods are no longer available.`,
  CANNOT_SHIP: (seller) => `${seller} is unable to ship this order to you.`,
  PAYMENT_ISSUE: (seller) => `${seller} cancelled this order because it could not be paid.`,
  OTHER: (seller) => `${seller} has cancelled this order.`,
};

/** The buyer's email when a seller cancels an accepted order: why, what it contained, what is refunded. */
export function renderOrderCancelled(email: OrderCancelledEmail): { subject: string; text: string; html: string } {
  const subject = `Your order #${email.orderNumber} with ${email.sellerName} was cancelled`;
  const explanation = EXPLANATIONS[email.reason](email.sellerName);
  const money = [
    email.refundedToCard ? `${email.refundedToCard} is being refunded to your card.` : null,
    email.owedBack ? `${email.sellerName} will pay you back ${email.owedBack}.` : null,
  ].filter((line): line is string => line !== null);
  const settlement = money.length > 0 ? money : ['You will not be charged for this order.'];
  const text = [
    `Hello ${email.buyerContactName},`,
    '',
    `Your order #${email.orderNumber}, placed on ${email.placedOn}, was cancelled.`,
    explanation,
    ...(email.message ? ['', `Message from ${email.sellerName}:`, email.message] : []),
    '',
    'The order contained:',
    ...email.items.map((item) => `  ${item.quantity} × ${item.name} (${item.sku})`),
    '',
    ...settlement,
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">
<p>Hello ${escapeHtml(email.buyerContactName)},</p>
<p>Your order <strong>#${email.orderNumber}</strong>, placed on ${escapeHtml(email.placedOn)}, was cancelled.</p>
<p>${escapeHtml(explanation)}</p>
${email.message ? `<blockquote style="border-left:3px solid #d1d5db;margin:0;padding-left:12px"><p><strong>Message from ${escapeHtml(email.sellerName)}:</strong><br>${escapeHtml(email.message).replace(/\n/g, '<br>')}</p></blockquote>` : ''}
<p>The order contained:</p>
<ul>${email.items.map((item) => `<li>${item.quantity} × ${escapeHtml(item.name)} (${escapeHtml(item.sku)})</li>`).join('')}</ul>
${settlement.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
</body></html>`;
  return { subject, text, html };
}
