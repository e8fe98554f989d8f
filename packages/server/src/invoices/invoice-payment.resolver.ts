import { ApiKeyScope } from '../auth/api-key-scope';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { requireViewer, type Context } from '../graphql/context';
import { PerEventRead } from '../graphql/per-event-read';
import { TOPICS } from '../graphql/pubsub';
import { Invoice } from './invoice.entity';
import type { InvoicePaymentChange } from '../payments/payment-changes';
import { Payment } from '../payments/payment.entity';
import { InvoicePaymentPayload, MarkInvoicePaidInput, RetryInvoicePaymentInput } from './invoice-payment.inputs';

const invoiceOfChange = new PerEventRead<InvoicePaymentChange, Invoice | null>();

@Resolver(() => Invoice)
export class InvoicePaymentResolver {
  @Mutation(() => InvoicePaymentPayload, {
    description: 'Retry Payment: charges the card on file again (a new attempt).',
  })
  async retryInvoicePayment(
    @Arg('input', { description: 'The invoice whose card payment to retry.' }) input: RetryInvoicePaymentInput,
    @Ctx() ctx: Context,
  ): Promise<InvoicePaymentPayload> {
    const { value, userErrors } = await ctx.services.invoicePayments.retry(
      requireViewer(ctx, ApiKeyScope.PAYMENTS_WRITE).viewer,
      input,
    );
    return { invoice: value, userErrors };
  }

  @Mutation(() => InvoicePaymentPayload, {
    description: 'Mark as Paid: records a terms payment made outside the marketplace.',
  })
  async markInvoicePaid(
    @Arg('input', { description: 'The invoice and how it was paid.' }) input: MarkInvoicePaidInput,
    @Ctx() ctx: Context,
  ): Promise<InvoicePaymentPayload> {
    const { value, userErrors } = await ctx.services.invoicePayments.markPaid(
      requireViewer(ctx, ApiKeyScope.PAYMENTS_WRITE).viewer,
      input,
    );
    return { invoice: value, userErrors };
  }

  @FieldResolver(() => [Payment], { description: 'Every payment attempt, oldest first, with its outcome.' })
  payments(@Root() invoice: Invoice, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Payment[]> {
    return requireViewer(ctx, ApiKeyScope.INVOICES_READ).loaders.paymentsByInvoiceId(info).load(invoice.id);
  }

  @Subscription(() => Invoice, {
    topics: ({ context }: { context: Context }) => {
      requireViewer(context, ApiKeyScope.INVOICES_READ);
      return TOPICS.INVOICE_PAYMENT_CHANGED;
    },
    filter: ({
      payload,
      args,
      context,
    }: {
      payload: InvoicePaymentChange;
      args: { invoiceId?: string | null };
      context: Context;
    }) => payload.sellerId === context.viewer?.sellerId && (!args.invoiceId || args.invoiceId === payload.invoiceId),
    description:
      "Pushes an invoice (read fresh) whenever its payment status changes; without invoiceId, any of the seller's.",
  })
  async invoicePaymentStatusChanged(
    @Root() change: InvoicePaymentChange,
    @Arg('invoiceId', () => ID, { nullable: true, description: "Only this invoice; any of the seller's when omitted." })
    _invoiceId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Invoice | null> {
    return invoiceOfChange.get(change, () => ctx.services.invoices.findById(change.sellerId, change.invoiceId));
  }
}
