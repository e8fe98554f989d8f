import { ApiKeyScope } from '../auth/api-key-scope';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../graphql/context';
import { AddOrderNoteInput, AddOrderNotePayload } from './order-note.inputs';

@Resolver()
export class OrderNoteResolver {
  @Mutation(() => AddOrderNotePayload, { description: "Adds an internal note to the order's timeline." })
  async addOrderNote(
    @Arg('input', { description: 'The order and the note.' }) input: AddOrderNoteInput,
    @Ctx() ctx: Context,
  ): Promise<AddOrderNotePayload> {
    const { value, userErrors } = await ctx.services.orderNotes.add(
      requireViewer(ctx, ApiKeyScope.ORDERS_WRITE).viewer,
      input,
    );
    return { order: value, userErrors };
  }
}
