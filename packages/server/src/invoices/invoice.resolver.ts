import { ApiKeyScope } from '../auth/api-key-scope';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isId } from '../common/ids';
import type { Outcome } from '../common/refusal';
import { changedOrder } from '../graphql/changed-order';
import { requireViewer, type Context } from '../graphql/context';
import type { Loaders } from '../graphql/loaders';
import { selectedProperties } from '../graphql/selection';
import { CreditNote } from '../credit-notes/credit-note.entity';
import { Order } from '../order-engine/order.entity';
import { InvoiceDocument } from '../billing/billing-document';
import { InvoiceStatus } from './invoice-status';
import { Invoice } from './invoice.entity';
import type { InvoiceChange } from './invoice.service';
import { ConfirmInvoiceInput, CreateInvoiceDraftInput, InvoicePayload } from './invoice.inputs';

/** A draft's or confirmation's payload, with the invoiced order as the answer selects it. */
async function invoicePayload(
  { value, userErrors }: Outcome<InvoiceChange>,
  loaders: Loaders,
  info: GraphQLResolveInfo,
): Promise<InvoicePayload> {
  const order = value ? await changedOrder(loaders, info, 'order', { orderId: value.orderId }) : null;
  return { invoice: value?.invoice ?? null, order, userErrors };
}

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
    @Info() info: GraphQLResolveInfo,
  ): Promise<InvoicePayload> {
    const { viewer, loaders } = requireViewer(ctx, ApiKeyScope.INVOICES_WRITE);
    return invoicePayload(await ctx.services.invoices.createDraft(viewer, input), loaders, info);
  }

  @Mutation(() => InvoicePayload, { description: 'Confirm: issues the invoice with the next number (idempotent).' })
  async confirmInvoice(
    @Arg('input', { description: 'The draft to issue.' }) input: ConfirmInvoiceInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<InvoicePayload> {
    const { viewer, loaders } = requireViewer(ctx, ApiKeyScope.INVOICES_WRITE);
    return invoicePayload(
      await ctx.services.invoices.confirm(viewer, input, selectedProperties(info, 'Invoice', 'invoice')),
      loaders,
      info,
    );
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
