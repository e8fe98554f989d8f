import type { DataSource } from 'typeorm';
import { AddressKind, BuyerAddress } from '../buyers/buyer-address.entity';
import { Buyer } from '../buyers/buyer.entity';
import { ProductVariant } from '../catalog/product-variant.entity';
import { rows } from '../common/sql';
import { Customer } from '../customers/customer.entity';
import { SellerCounterKind } from '../sellers/seller-counter.entity';
import { takeNextNumber } from '../sellers/seller-counters';
import { Seller } from '../sellers/seller.entity';
import { MAX_QUANTITY } from './order-input-rules';
import type { OrderChangePublisher } from '../order-engine/order-change-events';
import { acceptByFor } from '../order-engine/order-deadline-dates';
import { announceOrderPlaced } from './order-placed-channel';
import { ActorType } from '../auth/actor-type';
import { OrderStatus } from '../order-engine/order-status';
import { recordOrderEvent } from '../order-engine/order-timeline';
import { PaymentStatus } from '../billing/payment-status';
import { OrderEventType } from '../order-engine/order-event-type';

export type PlaceOrderRequest = {
  sellerId: string;
  buyerId: string;
  lines: { sku: string; quantity: number }[];
  note?: string | null;
};

export class OrderIntakeError extends Error {}

/**
 * The buyer side of the marketplace, reduced to what demos and tests need: a buyer places a pending
 * order with a seller. Gated sellers only take orders from buyers who are already their customers.
 */
export class OrderIntakeService {
  constructor(
    private readonly db: DataSource,
    private readonly changes: OrderChangePublisher,
  ) {}

  async placeOrder(request: PlaceOrderRequest): Promise<{ id: string; number: number }> {
    if (request.lines.length === 0) throw new OrderIntakeError('An order needs at least one line.');
    const placed = await this.db.transaction(async (tx) => {
      const seller = await tx.getRepository(Seller).findOneBy({ id: request.sellerId });
      const buyer = await tx.getRepository(Buyer).findOneBy({ id: request.buyerId });
      if (!seller || !buyer) throw new OrderIntakeError('Unknown seller or buyer.');
      const customer = await tx.getRepository(Customer).findOneBy({ sellerId: seller.id, buyerId: buyer.id });
      if (seller.buyerAccessRequiresApproval && !customer) {
        throw new OrderIntakeError(
          `${seller.name} only takes orders from approved customers; ${buyer.companyName} is not one.`,
        );
      }
      const addresses = await tx.getRepository(BuyerAddress).findBy({ buyerId: buyer.id, isDefault: true });
      const shipping = addresses.find((a) => a.kind === AddressKind.SHIPPING)?.address;
      const billing = addresses.find((a) => a.kind === AddressKind.BILLING)?.address ?? shipping;
      if (!shipping || !billing) throw new OrderIntakeError(`${buyer.companyName} has no default address.`);

      const variants = await tx.getRepository(ProductVariant).find({ where: { sellerId: seller.id } });
      const lines = request.lines.map(({ sku, quantity }) => {
        const variant = variants.find((v) => v.sku === sku);
        if (!variant) throw new OrderIntakeError(`${seller.name} has no product with SKU ${sku}.`);
        if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
          throw new OrderIntakeError(`Quantity of ${sku} must be a whole number from 1 to ${MAX_QUANTITY}.`);
        }
        return { variant, quantity };
      });
      const product = new Map(
        (
          await rows<{ id: string; name: string }>(tx, `SELECT id, name FROM products WHERE seller_id = $1`, [
            seller.id,
          ])
        ).map((p) => [p.id, p.name]),
      );
      const subtotal = lines.reduce((sum, line) => sum + line.variant.unitPriceAmount * line.quantity, 0);
      const number = await takeNextNumber(tx, seller.id, SellerCounterKind.ORDER_NUMBER);
      const placedAt = new Date();
      const [order] = await rows<{ id: string }>(
        tx,
        `INSERT INTO orders (seller_id, number, buyer_id, buyer_name, customer_id, status, payment_method, payment_status,
           currency, subtotal_amount, shipping_amount, total_amount, item_count,
           shipping_name, shipping_company, shipping_line1, shipping_line2, shipping_city, shipping_region,
           shipping_postal_code, shipping_country, shipping_phone,
           billing_name, billing_company, billing_line1, billing_line2, billing_city, billing_region,
           billing_postal_code, billing_country, billing_phone, buyer_note, placed_at, accept_by, deadline_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $10, $11,
           $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $32)
         RETURNING id`,
        [
          seller.id,
          number,
          buyer.id,
          buyer.companyName,
          customer?.id ?? null,
          OrderStatus.PENDING,
          buyer.defaultPaymentMethod,
          PaymentStatus.UNPAID,
          seller.currency,
          subtotal,
          lines.length,
          ...[shipping, billing].flatMap((a) => [
            a.name,
            a.company,
            a.line1,
            a.line2,
            a.city,
            a.region,
            a.postalCode,
            a.country,
            a.phone,
          ]),
          request.note ?? null,
          placedAt,
          acceptByFor(seller, placedAt),
        ],
      );
      for (const [position, { variant, quantity }] of lines.entries()) {
        await tx.query(
          `INSERT INTO order_items (seller_id, order_id, variant_id, sku, product_name, variant_name, unit_price_amount,
             currency, quantity, line_total_amount, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7::bigint, $8, $9::int, $7::bigint * $9::int, $10)`,
          [
            seller.id,
            order!.id,
            variant.id,
            variant.sku,
            product.get(variant.productId),
            variant.name,
            variant.unitPriceAmount,
            variant.currency,
            quantity,
            position,
          ],
        );
      }
      await recordOrderEvent(
        tx,
        { id: order!.id, sellerId: seller.id },
        { type: ActorType.BUYER, userId: null, name: buyer.contactName },
        {
          type: OrderEventType.ORDER_PLACED,
          summary: `Order placed by ${buyer.contactName}`,
          data: { items: lines.length, total: subtotal },
        },
      );
      await announceOrderPlaced(tx, { sellerId: seller.id, orderId: order!.id });
      return { id: order!.id, number, sellerId: seller.id };
    });
    this.changes.publish({ sellerId: placed.sellerId, orderId: placed.id });
    return { id: placed.id, number: placed.number };
  }
}
