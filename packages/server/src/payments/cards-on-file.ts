import type Stripe from 'stripe';
import type { DataSource } from 'typeorm';

/**
 * Saves a new card for a buyer (the buyer side of the marketplace does this; here it serves demos,
 * tests and support): a Stripe customer if the buyer has none, the card attached to it, and the
 * buyer's card on file pointed at it. `token` is a Stripe test token such as tok_visa.
 */
export async function replaceCardOnFile(
  db: DataSource,
  stripe: Stripe,
  buyerId: string,
  token: string,
): Promise<{ brand: string | null; last4: string | null }> {
  const [buyer] = await db.query(`SELECT id, email, company_name, stripe_customer_id FROM buyers WHERE id = $1`, [
    buyerId,
  ]);
  if (!buyer) throw new Error(`no buyer ${buyerId}`);
  const customerId: string =
    buyer.stripe_customer_id ??
    (await stripe.customers.create({ email: buyer.email, name: buyer.company_name, metadata: { buyerId } })).id;
  const card = await stripe.paymentMethods.create({ type: 'card', card: { token } });
  await stripe.paymentMethods.attach(card.id, { customer: customerId });
  const brand = card.card?.brand ?? null;
  const last4 = card.card?.last4 ?? null;
  await db.query(
    `UPDATE buyers SET stripe_customer_id = $2, stripe_payment_method_id = $3, card_brand = $4, card_last4 = $5 WHERE id = $1`,
    [buyerId, customerId, card.id, brand, last4],
  );
  return { brand, last4 };
}
