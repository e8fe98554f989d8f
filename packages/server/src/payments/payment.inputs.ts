import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { Invoice } from '../invoices/invoice.entity';
import { TermsPaymentMethod } from './terms-payment-method';

@InputType({ description: '"Retry Payment": a new card charge for a failed invoice, with a new idempotency key.' })
export class RetryInvoicePaymentInput {
  @Field(() => ID)
  invoiceId: string;
}

@InputType({ description: 'Records that the buyer paid a terms invoice outside the marketplace.' })
export class MarkInvoicePaidInput {
  @Field(() => ID)
  invoiceId: string;

  @Field(() => TermsPaymentMethod)
  method: TermsPaymentMethod;

  @Field(() => String, { nullable: true, description: 'Cheque number, transfer reference… (200 characters at most).' })
  reference?: string | null;

  @Field({ description: 'The day the buyer paid, YYYY-MM-DD (not in the future).' })
  paidAt: string;
}

@ObjectType()
export class InvoicePaymentPayload {
  @Field(() => Invoice, { nullable: true })
  invoice: Invoice | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
