import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { TermsPaymentMethod } from '../billing/terms-payment-method';
import { Refund } from './refund.entity';

@InputType({ description: '"Retry Refund": a new attempt at a failed card refund (never refunds twice).' })
export class RetryRefundInput {
  @Field(() => ID, { description: 'The failed card refund.' })
  refundId: string;
}

@InputType({ description: 'Records that the seller paid an amount owed on terms back to the buyer.' })
export class RecordTermsRefundInput {
  @Field(() => ID, { description: 'The refund owed on terms.' })
  refundId: string;

  @Field(() => TermsPaymentMethod, { description: 'How the money went back.' })
  method: TermsPaymentMethod;

  @Field(() => String, { nullable: true, description: 'Cheque number, transfer reference… (200 characters at most).' })
  reference?: string | null;

  @Field({ description: 'The day the buyer was paid back, YYYY-MM-DD.' })
  refundedOn: string;
}

@ObjectType({ description: 'The result of a refund operation.' })
export class RefundPayload {
  @Field(() => Refund, { nullable: true, description: 'The refund as it is now; null when refused.' })
  refund: Refund | null;

  @Field(() => [UserError], { description: 'Why the operation was refused; empty on success.' })
  userErrors: UserError[];
}
