import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection';
import { OrderStatus } from '../order-engine/order-status';
import { Order } from '../order-engine/order.entity';

@ObjectType({ description: 'An order with its position in the list.' })
export class OrderEdge {
  @Field({ description: 'Opaque position, for after/before.' })
  cursor: string;

  @Field(() => Order, { description: 'The order.' })
  node: Order;
}

@ObjectType({ description: 'A page of orders, newest first.' })
export class OrderConnection {
  @Field(() => [OrderEdge], { description: 'The page of orders, each with its cursor.' })
  edges: OrderEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and where they start.' })
  pageInfo: PageInfo;

  /** Counted only when asked for (see OrderConnectionResolver). */
  countTotal: () => Promise<number>;
}

@ObjectType({ description: 'How many orders are in one status.' })
export class OrderStatusCount {
  @Field(() => OrderStatus, { description: 'The status counted.' })
  status: OrderStatus;

  @Field(() => Int, { description: 'Orders in that status matching the filter.' })
  count: number;
}

@ObjectType({ description: 'Order counts for the status tabs.' })
export class OrderStatusCounts {
  @Field(() => Int, { description: 'All orders matching the filter, whatever their status.' })
  all: number;

  @Field(() => [OrderStatusCount], { description: 'One entry per status, zero counts included.' })
  byStatus: OrderStatusCount[];
}
