import { Field, Int, ObjectType } from 'type-graphql';
import { Invoice } from '../invoices/invoice.entity';
import { Order } from '../order-engine/order.entity';

/** The most entries a short list of the Today page answers with. */
export const TODAY_LIST_MAX = 20;

/** Orders waiting for one kind of action; the short list is read only when asked for. */
@ObjectType({ description: 'Orders waiting for one kind of action: how many, how many late, and the first few.' })
export class TodayOrders {
  @Field(() => Int, { description: 'How many orders wait for this action.' })
  count: number;

  @Field(() => Int, { description: 'How many of them are past their running deadline.' })
  lateCount: number;

  /** Reads the first `first` orders of the list. */
  list: (first: number) => Promise<Order[]>;
}

/** Invoices needing attention; the short list is read only when asked for. */
@ObjectType({ description: 'Invoices needing attention: how many, and the first few.' })
export class TodayInvoices {
  @Field(() => Int, { description: 'How many invoices need attention.' })
  count: number;

  /** Reads the first `first` invoices of the list. */
  list: (first: number) => Promise<Invoice[]>;
}

@ObjectType({ description: 'What needs the seller now: the Today page.' })
export class Today {
  @Field(() => TodayOrders, { description: 'Pending orders, soonest accept-by first.' })
  pendingOrders: TodayOrders;

  @Field(() => TodayOrders, { description: 'Accepted orders with no shipment saved, soonest ship-by first.' })
  unshippedOrders: TodayOrders;

  @Field(() => TodayOrders, {
    description: 'Shipped orders (shipment saved, not cancelled) with no issued invoice, oldest shipment first.',
  })
  uninvoicedOrders: TodayOrders;

  @Field(() => TodayInvoices, { description: 'Issued card invoices whose payment failed, newest first.' })
  failedPayments: TodayInvoices;

  @Field(() => TodayInvoices, { description: 'Issued terms invoices unpaid past their due date, oldest due first.' })
  overdueInvoices: TodayInvoices;
}
