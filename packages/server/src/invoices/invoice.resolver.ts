import { ApiKeyScope } from '../auth/api-key-scope';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isId } from '../common/ids';
import { requireViewer, type Context } from '../graphql/context';
import { CreditNote } from '../credit-notes/credit-note.entity';
import { Order } from '../order-engine/order.entity';
import { InvoiceDocument } from '../billing/billing-document';
import { InvoiceStatus } from './invoice-status';
import { Invoice } from './invoice.entity';
import { ConfirmInvoiceInput, CreateInvoiceDraftInput, InvoicePayload } from './invoice.inputs';

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => Invoice, { nullable: true, description: "One of the seller's invoices; null for any other ID." })
  invoice(
    @Arg('id', () => ID, { description: 'ID of the invoice.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Invoice | null> {
    const { loaders } = requireViewer(ctx, ApiKeyScope.INVOICES_READ);
    return isId(id) ? loaders.invoiceById(info).load(id) : Promise.resolve(null);
  }

  @Mutation(() => InvoicePayload, { description: 'Create Invoice: the draft shown on the Invoice Preview page.' })
  async createInvoiceDraft(
    @Arg('input', { description: 'The order to invoice.' }) input: CreateInvoiceDraftInput,
    @Ctx() ctx: Context,
  ): Promise<InvoicePayload> {
    const { value, userErrors } = await ctx.services.invoices.createDraft(
      requireViewer(ctx, ApiKeyScope.INVOICES_WRITE).viewer,
      input,
    );
    return { invoice: value?.invoice ?? null, order: value?.order ?? null, userErrors };
  }

  @Mutation(() => InvoicePayload, { description: 'Confirm: issues the invoice with the next number (idempotent).' })
  async confirmInvoice(
    @Arg('input', { description: 'The draft to issue.' }) input: ConfirmInvoiceInput,
    @Ctx() ctx: Context,
  ): Promise<InvoicePayload> {
    const { value, userErrors } = await ctx.services.invoices.confirm(
      requireViewer(ctx, ApiKeyScope.INVOICES_WRITE).viewer,
      input,
    );
    return { invoice: value?.invoice ?? null, order: value?.order ?? null, userErrors };
  }

  @FieldResolver(() => InvoiceDocument, { description: 'What the invoice shows (the preview, for a draft).' })
  document(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<InvoiceDocument> {
    requireViewer(ctx, ApiKeyScope.INVOICES_READ);
    return ctx.services.invoices.document(invoice);
  }

  @FieldResolver(() => Order, { description: 'The order invoiced (needs orders:read with an API key).' })
  async order(@Root() invoice: Invoice, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Order> {
    const order = await requireViewer(ctx, ApiKeyScope.ORDERS_READ).loaders.orderById(info).load(invoice.orderId);
    if (!order) throw new Error(`invoice ${invoice.id} has no order`);
    return order;
  }

  @FieldResolver(() => [CreditNote], { description: 'Credit notes issued against this invoice.' })
  creditNotes(@Root() invoice: Invoice, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<CreditNote[]> {
    return requireViewer(ctx, ApiKeyScope.INVOICES_READ).loaders.creditNotesByInvoiceId(info).load(invoice.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where to download the PDF (issued invoices).' })
  pdfUrl(@Root() invoice: Invoice): string | null {
    return invoice.status === InvoiceStatus.DRAFT ? null : `/invoices/${invoice.id}/pdf`;
  }
}
