import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { Buyer } from '../buyers/buyer.entity';
import { ProductVariant } from '../catalog/product-variant.entity';
import { CreditNote } from '../credit-notes/credit-note.entity';
import { Customer } from '../customers/customer.entity';
import { Invoice } from '../invoices/invoice.entity';
import { OrderEvent } from '../order-engine/order-event.entity';
import { OrderItem } from '../order-engine/order-item.entity';
import { Order } from '../order-engine/order.entity';
import { loadOrderFacts } from '../order-engine/order-facts';
import type { OrderFacts } from '../order-engine/order-state-machine';
import { Payment } from '../payments/payment.entity';
import { RefundAttempt } from '../refunds/refund-attempt.entity';
import { Refund } from '../refunds/refund.entity';
import { Seller } from '../sellers/seller.entity';
import { Shipment } from '../shipments/shipment.entity';

type KeyOf<T> = { [K in keyof T]: T[K] extends string | null ? K : never }[keyof T];

/**
 * Request-scoped batch loaders: one SQL statement per kind of related row for a whole page of orders,
 * whatever the page size (no N+1). Every query is scoped to the viewer's seller.
 */
export function createLoaders(db: DataSource, sellerId: string, { cache }: { cache: boolean }) {
  /** Loads the rows whose `key` column is one of the requested keys, grouped per key. */
  function many<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    key: KeyOf<T> & string,
    extra: FindOptionsWhere<T> = {},
    order: Record<string, 'ASC' | 'DESC'> = {},
  ): DataLoader<string, T[]> {
    return new DataLoader(
      async (keys) => {
        const rows = await db.getRepository(entity).find({
          where: { ...extra, [key]: In([...keys]) } as FindOptionsWhere<T>,
          order: order as never,
        });
        const grouped = new Map<string, T[]>(keys.map((k) => [k, []]));
        for (const row of rows) grouped.get(row[key] as string)?.push(row);
        return keys.map((k) => grouped.get(k) ?? []);
      },
      { cache },
    );
  }

  /** Like `many`, for columns that identify at most one row. */
  function one<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    key: KeyOf<T> & string,
    extra: FindOptionsWhere<T> = {},
  ): DataLoader<string, T | null> {
    const loader = many(entity, key, extra);
    return new DataLoader(
      async (keys) => (await loader.loadMany(keys)).map((rows) => (Array.isArray(rows) ? (rows[0] ?? null) : rows)),
      { cache },
    );
  }

  const bySeller = { sellerId } as const;
  return {
    // Keys come from the viewer's own orders, so only the viewer's seller is ever loaded.
    sellerById: one(Seller, 'id'),
    orderById: one(Order, 'id', bySeller),
    splitOrdersByParentId: many(Order, 'parentOrderId', bySeller, { placedAt: 'ASC', number: 'ASC' }),
    itemsByOrderId: many(OrderItem, 'orderId', bySeller, { position: 'ASC' }),
    eventsByOrderId: many(OrderEvent, 'orderId', bySeller, { seq: 'ASC' }),
    variantById: one(ProductVariant, 'id', bySeller),
    customerById: one(Customer, 'id', bySeller),
    // Buyers are marketplace-wide; a seller reaches one only through its own orders.
    buyerById: one(Buyer, 'id'),
    shipmentByOrderId: one(Shipment, 'orderId', bySeller),
    paymentsByInvoiceId: many(Payment, 'invoiceId', bySeller, { attempt: 'ASC' }),
    invoicesByOrderId: many(Invoice, 'orderId', bySeller, { createdAt: 'ASC' }),
    creditNotesByOrderId: many(CreditNote, 'orderId', bySeller, { number: 'ASC' }),
    creditNoteById: one(CreditNote, 'id', bySeller),
    creditNotesByInvoiceId: many(CreditNote, 'invoiceId', bySeller, { number: 'ASC' }),
    refundsByOrderId: many(Refund, 'orderId', bySeller, { createdAt: 'ASC' }),
    refundsByCreditNoteId: many(Refund, 'creditNoteId', bySeller, { createdAt: 'ASC' }),
    refundAttemptsByRefundId: many(RefundAttempt, 'refundId', bySeller, { attempt: 'ASC' }),
    factsByOrderId: new DataLoader<string, OrderFacts>(
      async (ids) => {
        const facts = await loadOrderFacts(db, ids);
        return ids.map((id) => facts.get(id) ?? new Error(`order ${id} not found`));
      },
      { cache },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
