import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { Invoice } from './invoice.entity';
import { TermsPaymentMethod } from '../billing/terms-payment-method';

@InputType({ description: '"Retry Payment": a new card charge for a failed invoice, with a new idempotency key.' })
export class RetryInvoicePaymentInput {
  @Field(() => ID, { description: 'ID of an issued card invoice whose payment failed.' })
  invoiceId: string;
}

@InputType({ description: 'Records that the buyer paid a terms invoice outside the marketplace.' })
export class MarkInvoicePaidInput {
  @Field(() => ID, { description: 'ID of an issued terms invoice.' })
  invoiceId: string;

  @Field(() => TermsPaymentMethod, { description: 'How the buyer paid.' })
  method: TermsPaymentMethod;

  @Field(() => String, { nullable: true, description: 'Cheque number, transfer reference… (200 characters at most).' })
  reference?: string | null;

  @Field({ description: 'The day the buyer paid, YYYY-MM-DD (not in the future).' })
  paidAt: string;
}

@ObjectType({ description: 'The invoice after the payment change.' })
export class InvoicePaymentPayload {
  @Field(() => Invoice, { nullable: true, description: 'The invoice; null when refused.' })
  invoice: Invoice | null;

  @Field(() => [UserError], { description: 'Why it was refused (empty on success).' })
  userErrors: UserError[];
}
