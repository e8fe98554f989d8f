import { ApiKeyScope } from '../auth/api-key-scope';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { changedOrder } from '../graphql/changed-order';
import { requireViewer, type Context } from '../graphql/context';
import { AddOrderNoteInput, AddOrderNotePayload } from './order-note.inputs';

@Resolver()
export class OrderNoteResolver {
  @Mutation(() => AddOrderNotePayload, { description: "Adds an internal note to the order's timeline." })
  async addOrderNote(
    @Arg('input', { description: 'The order and the note.' }) input: AddOrderNoteInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AddOrderNotePayload> {
    const { viewer, loaders } = requireViewer(ctx, ApiKeyScope.ORDERS_WRITE);
    const { value, userErrors } = await ctx.services.orderNotes.add(viewer, input);
    return { order: value ? await changedOrder(loaders, info, 'order', value) : null, userErrors };
  }
}
