import { ApiKeyScope } from '../auth/api-key-scope';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { isId } from '../common/ids';
import { requireViewer, type Context } from '../graphql/context';
import { Order } from '../order-engine/order.entity';
import { Refund } from '../refunds/refund.entity';
import { CreditNoteDocument } from '../billing/credit-note-document';
import { CreditNote } from './credit-note.entity';

@Resolver(() => CreditNote)
export class CreditNoteResolver {
  @Query(() => CreditNote, { nullable: true, description: "One of the seller's credit notes; null for any other ID." })
  creditNote(
    @Arg('id', () => ID, { description: 'The credit note ID.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { loaders } = requireViewer(ctx, ApiKeyScope.INVOICES_READ);
    return isId(id) ? loaders.creditNoteById(info).load(id) : null;
  }

  @FieldResolver(() => CreditNoteDocument, { description: 'What the credit note shows, as issued.' })
  document(@Root() creditNote: CreditNote): CreditNoteDocument {
    return creditNote.snapshot;
  }

  @FieldResolver(() => Order, { description: 'The order it credits.' })
  async order(@Root() creditNote: CreditNote, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Order> {
    const { loaders } = requireViewer(ctx, ApiKeyScope.INVOICES_READ);
    const order = await loaders.orderById(info).load(creditNote.orderId);
    if (!order) throw new Error(`credit note ${creditNote.id} has no order`);
    return order;
  }

  @FieldResolver(() => [Refund], { description: 'The refunds paying it back.' })
  refunds(@Root() creditNote: CreditNote, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Refund[]> {
    return requireViewer(ctx, ApiKeyScope.INVOICES_READ).loaders.refundsByCreditNoteId(info).load(creditNote.id);
  }

  @FieldResolver(() => String, { description: 'Where to download the PDF.' })
  pdfUrl(@Root() creditNote: CreditNote): string {
    return `/credit-notes/${creditNote.id}/pdf`;
  }
}
