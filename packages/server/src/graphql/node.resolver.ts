import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import { unauthenticated, userInputError } from '../common/api-errors';
import { MAX_PAGE_SIZE } from '../common/connection';
import { isId } from '../common/ids';
import { Node } from '../common/node';
import { requireViewer, type Context } from './context';
import type { Loaders } from './loaders';
import type { NodeTypeName } from './node-types';

type NodeRead = {
  scope: ApiKeyScope;
  loader: (loaders: Loaders, info: GraphQLResolveInfo) => { load(id: string): Promise<Node | null> };
};

/** Each type's read: the scope its own query needs (order(id:), invoice(id:) …) and its by-id loader. */
const NODE_READS: Readonly<Record<NodeTypeName, NodeRead>> = {
  Order: { scope: ApiKeyScope.ORDERS_READ, loader: (loaders, info) => loaders.orderById(info) },
  Customer: { scope: ApiKeyScope.ORDERS_READ, loader: (loaders, info) => loaders.customerById(info) },
  Shipment: { scope: ApiKeyScope.ORDERS_READ, loader: (loaders, info) => loaders.shipmentById(info) },
  Invoice: { scope: ApiKeyScope.INVOICES_READ, loader: (loaders, info) => loaders.invoiceById(info) },
  CreditNote: { scope: ApiKeyScope.INVOICES_READ, loader: (loaders, info) => loaders.creditNoteById(info) },
  Refund: { scope: ApiKeyScope.INVOICES_READ, loader: (loaders, info) => loaders.refundById(info) },
};

/**
 * One of the seller's objects by ID, null for any other (unknown, malformed or another seller's),
 * exactly like the type's own query; a key without that type's read scope is refused like there.
 */
async function fetchNode(ctx: Context, info: GraphQLResolveInfo, id: string): Promise<Node | null> {
  if (!ctx.viewer || !ctx.loaders) throw unauthenticated();
  if (!isId(id)) return null;
  const type = await ctx.loaders.nodeTypeById.load(id);
  if (!type) return null;
  const read = NODE_READS[type];
  return read.loader(requireViewer(ctx, read.scope).loaders, info).load(id);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      "Any of the seller's orders, invoices, credit notes, refunds, customers or shipments by ID; null for any other ID.",
  })
  node(
    @Arg('id', () => ID, { description: 'The ID, as every other query takes it.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Node | null> {
    return fetchNode(ctx, info, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: "Several objects by ID, in the order asked; null for each ID that is not one of the seller's.",
  })
  nodes(
    @Arg('ids', () => [ID], { description: `The IDs, at most ${MAX_PAGE_SIZE}.` }) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) throw userInputError(`Ask for at most ${MAX_PAGE_SIZE} IDs at a time.`, ['ids']);
    return Promise.all(ids.map((id) => fetchNode(ctx, info, id)));
  }
}
