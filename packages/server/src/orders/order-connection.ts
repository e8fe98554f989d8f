import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection';
import { OrderStatus } from './order-status';
import { Order } from './order.entity';

@ObjectType({ description: 'An order with its position in the list.' })
export class OrderEdge {
  @Field({ description: 'Opaque position, for after/before.' })
  cursor: string;

  @Field(() => Order)
  node: Order;
}

@ObjectType({ description: 'A page of orders, newest first.' })
export class OrderConnection {
  @Field(() => [OrderEdge])
  edges: OrderEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Counted only when asked for (see OrderConnectionResolver). */
  countTotal: () => Promise<number>;
}

@ObjectType({ description: 'How many orders are in one status.' })
export class OrderStatusCount {
  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Order counts for the status tabs.' })
export class OrderStatusCounts {
  @Field(() => Int, { description: 'All orders matching the filter, whatever their status.' })
  all: number;

  @Field(() => [OrderStatusCount], { description: 'One entry per status, zero counts included.' })
  byStatus: OrderStatusCount[];
}
