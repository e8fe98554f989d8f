import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { Buyer } from '../buyers/buyer.entity';
import { money, Money } from '../common/money';
import { CreditNote } from '../credit-notes/credit-note.entity';
import { Customer } from '../customers/customer.entity';
import { requireViewer, type Context } from '../graphql/context';
import { InvoiceStatus } from '../invoices/invoice-status';
import { Invoice } from '../invoices/invoice.entity';
import { OrderDeadline, runningDeadline } from '../order-engine/order-deadline-status';
import { OrderEvent } from '../order-engine/order-event.entity';
import { factsOf } from '../order-engine/order-facts';
import { OrderItem } from '../order-engine/order-item.entity';
import { availableActions, OrderAction } from '../order-engine/order-state-machine';
import { Order } from '../order-engine/order.entity';
import { Refund } from '../refunds/refund.entity';
import { deadlineBoundaries } from '../sellers/business-days';
import { Shipment } from '../shipments/shipment.entity';

/** An item as the items loader reads it: with its variant's stock on hand when the selection asks for it. */
type OrderItemWithStock = OrderItem & { stockOnHand?: number | null };

/**
 * Relations of an order, each batched per request through the loaders, which read only the columns
 * the selection (`info`) needs.
 */
@Resolver(() => Order)
export class OrderResolver {
  @FieldResolver(() => Buyer, { description: 'The retailer who placed the order.' })
  async buyer(@Root() order: Order, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Buyer> {
    const buyer = await requireViewer(ctx, ApiKeyScope.ORDERS_READ).loaders.buyerById(info).load(order.buyerId);
    if (!buyer) throw new Error(`order ${order.id} references missing buyer ${order.buyerId}`);
    return buyer;
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: "The seller's customer record for this buyer; null while the buyer has no relationship yet.",
  })
  customer(
    @Root() order: Order,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Customer | null> | null {
    return order.customerId
      ? requireViewer(ctx, ApiKeyScope.ORDERS_READ).loaders.customerById(info).load(order.customerId)
      : null;
  }

  @FieldResolver(() => [OrderItem], { description: 'The lines, in the order the buyer added them.' })
  items(@Root() order: Order, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<OrderItem[]> {
    return requireViewer(ctx, ApiKeyScope.ORDERS_READ).loaders.itemsByOrderId(info).load(order.id);
  }

  @FieldResolver(() => [OrderEvent], { description: 'The timeline, oldest first.' })
  events(@Root() order: Order, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<OrderEvent[]> {
    return requireViewer(ctx, ApiKeyScope.ORDERS_READ).loaders.eventsByOrderId(info).load(order.id);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The order this one was split from.' })
  parentOrder(
    @Root() order: Order,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Order | null> | null {
    return order.parentOrderId
      ? requireViewer(ctx, ApiKeyScope.ORDERS_READ).loaders.orderById(info).load(order.parentOrderId)
      : null;
  }

  @FieldResolver(() => [Order], { description: 'Orders split from this one.' })
  splitOrders(@Root() order: Order, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Order[]> {
    return requireViewer(ctx, ApiKeyScope.ORDERS_READ).loaders.splitOrdersByParentId(info).load(order.id);
  }

  @FieldResolver(() => Shipment, { nullable: true, description: 'Shipment info, once saved.' })
  shipment(@Root() order: Order, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Shipment | null> {
    return requireViewer(ctx, ApiKeyScope.ORDERS_READ).loaders.shipmentByOrderId(info).load(order.id);
  }

  @FieldResolver(() => Invoice, {
    nullable: true,
    description: 'The latest invoice that is not void: a draft, or the last one issued.',
  })
  async invoice(@Root() order: Order, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Invoice | null> {
    const invoices = await requireViewer(ctx, ApiKeyScope.INVOICES_READ).loaders.invoicesByOrderId(info).load(order.id);
    return invoices.filter((invoice) => invoice.status !== InvoiceStatus.VOID).at(-1) ?? null;
  }

  @FieldResolver(() => [Invoice], {
    description: 'Every invoice of the order, oldest first, void ones included (their numbers are never reused).',
  })
  invoices(@Root() order: Order, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Invoice[]> {
    return requireViewer(ctx, ApiKeyScope.INVOICES_READ).loaders.invoicesByOrderId(info).load(order.id);
  }

  @FieldResolver(() => [CreditNote], { description: 'Credit notes issued for the order, oldest first.' })
  creditNotes(@Root() order: Order, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<CreditNote[]> {
    return requireViewer(ctx, ApiKeyScope.INVOICES_READ).loaders.creditNotesByOrderId(info).load(order.id);
  }

  @FieldResolver(() => [Refund], { description: 'Money going back to the buyer, oldest first.' })
  refunds(@Root() order: Order, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Refund[]> {
    return requireViewer(ctx, ApiKeyScope.INVOICES_READ).loaders.refundsByOrderId(info).load(order.id);
  }

  @FieldResolver(() => Money, {
    description: 'What the order bills beyond its invoices and credit notes: the amount a new invoice would bill.',
  })
  amountToInvoice(@Root() order: Order): Money {
    return money(Math.max(order.relatedFacts.amountToInvoice, 0), order.currency);
  }

  @FieldResolver(() => OrderDeadline, {
    nullable: true,
    description: 'The running deadline: ACCEPT while pending, SHIP while accepted with no shipment saved; else null.',
  })
  async deadline(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderDeadline | null> {
    if (!order.deadlineAt) return null;
    const seller = await requireViewer(ctx, ApiKeyScope.ORDERS_READ).loaders.sellerById.load(order.sellerId);
    if (!seller) throw new Error(`order ${order.id} references missing seller ${order.sellerId}`);
    return runningDeadline(order, deadlineBoundaries(new Date(), seller.timeZone));
  }

  @FieldResolver(() => String, {
    description:
      'The packing slip as a PDF (items, quantities, SKUs, ship-to and the buyer’s note; no prices): a path on this server, signed-in seller only.',
  })
  packingSlipUrl(@Root() order: Order): string {
    return `/orders/${order.id}/packing-slip.pdf`;
  }

  // From the facts read with the order's row, so the actions agree with the fields beside them.
  @FieldResolver(() => [OrderAction], { description: 'What the seller may do with the order now.' })
  availableActions(@Root() order: Order): OrderAction[] {
    return availableActions(factsOf(order));
  }
}

@Resolver(() => OrderItem)
export class OrderItemResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Stock on hand of the ordered variant now; null when the variant no longer exists.',
  })
  stockOnHand(@Root() item: OrderItemWithStock, @Ctx() ctx: Context): number | null | Promise<number | null> {
    const { loaders } = requireViewer(ctx, ApiKeyScope.ORDERS_READ);
    // Read with the item (joined) by the items loader; an item a change answers with is looked up.
    if (item.stockOnHand !== undefined) return item.stockOnHand;
    return item.variantId ? loaders.variantStockById.load(item.variantId) : null;
  }
}
