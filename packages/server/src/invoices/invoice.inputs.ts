import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { Order } from '../order-engine/order.entity';
import { Invoice } from './invoice.entity';

@InputType({ description: '"Create Invoice": opens the preview (a draft) of an accepted, shipped order.' })
export class CreateInvoiceDraftInput {
  @Field(() => ID, { description: 'ID of an accepted order with shipment info.' })
  orderId: string;
}

@InputType({ description: '"Confirm": issues the draft with the next invoice number.' })
export class ConfirmInvoiceInput {
  @Field(() => ID, { description: 'ID of the draft invoice.' })
  invoiceId: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The order's version the preview showed; when the order changed since, the confirm is refused (STALE_ORDER).",
  })
  expectedOrderVersion?: number | null;
}

@ObjectType({ description: 'The invoice and its order after the change.' })
export class InvoicePayload {
  @Field(() => Invoice, { nullable: true, description: 'The invoice; null when refused.' })
  invoice: Invoice | null;

  @Field(() => Order, { nullable: true, description: 'The order invoiced; null when refused.' })
  order: Order | null;

  @Field(() => [UserError], { description: 'Why it was refused (empty on success).' })
  userErrors: UserError[];
}
