import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection';
import { OrderStatus } from '../order-engine/order-status';
import { Order } from '../order-engine/order.entity';

@ObjectType({ description: 'A page of orders, newest first.' })
export class OrderConnection extends connectionOf(Order, 'OrderEdge', {
  edge: 'An order with its position in the list.',
  node: 'The order.',
  edges: 'The page of orders, each with its cursor.',
  totalCount: 'All orders matching the filter, across pages.',
}) {}

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
