import { Field, ID, InputType } from 'type-graphql';
import { PaymentStatus } from '../billing/payment-status';
import { DeadlineStatus } from '../order-engine/order-deadline-status';
import { OrderStatus } from '../order-engine/order-status';

@InputType({ description: 'Narrows the orders list. All given conditions must hold.' })
export class OrderFilter {
  @Field(() => OrderStatus, { nullable: true, description: 'Only orders in this status.' })
  status?: OrderStatus | null;

  @Field(() => PaymentStatus, { nullable: true, description: 'Only orders with this payment status.' })
  paymentStatus?: PaymentStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only orders of this buyer.' })
  buyerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only orders accepted for this customer (Customer.orders).' })
  customerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Placed at or after this instant.' })
  placedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Placed before this instant.' })
  placedTo?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Changed at or after this instant (updatedAt). To sync, page with sort UPDATED_AT and keep the endCursor: ' +
      'a timestamp alone can miss a change committed late (see the partner API guide).',
  })
  updatedSince?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only orders whose issued invoice is unpaid past its due date.',
  })
  overdue?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Order number (e.g. "1042" or "#1042") or part of the buyer name (3+ characters use the index).',
  })
  search?: string | null;

  @Field(() => DeadlineStatus, {
    nullable: true,
    description: 'Only orders whose running deadline (accept-by or ship-by) has this status now.',
  })
  deadlineStatus?: DeadlineStatus | null;
}
