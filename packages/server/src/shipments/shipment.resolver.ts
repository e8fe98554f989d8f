import { ApiKeyScope } from '../auth/api-key-scope';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import { orderAnswer } from '../graphql/changed-order';
import { requireViewer, type Context } from '../graphql/context';
import { COMMON_CARRIERS } from './carriers';
import { SaveShipmentInput, SaveShipmentPayload } from './shipment.inputs';

@Resolver()
export class ShipmentResolver {
  @Mutation(() => SaveShipmentPayload, {
    description: 'Save Shipment Info of an accepted order; the cost flows into its total.',
  })
  async saveShipment(
    @Arg('input', { description: 'The order and its shipment info.' }) input: SaveShipmentInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SaveShipmentPayload> {
    const { value, userErrors } = await ctx.services.shipments.save(
      requireViewer(ctx, ApiKeyScope.ORDERS_WRITE).viewer,
      input,
      orderAnswer(info, 'order'),
    );
    return { order: value?.order ?? null, shipment: value?.shipment ?? null, userErrors };
  }

  @Query(() => [String], { description: 'Common carriers to choose from (any other name is accepted too).' })
  carriers(): string[] {
    return [...COMMON_CARRIERS];
  }
}
