import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { SellerUser } from './seller-user.entity';
import { Seller } from './seller.entity';

@Resolver(() => SellerUser)
export class SellerUserResolver {
  // Not a loader: the user of `signIn` is answered before the request has a viewer (and loaders).
  @FieldResolver(() => Seller, { description: 'The brand this user works for.' })
  seller(@Root() user: SellerUser, @Ctx() ctx: Context): Promise<Seller> {
    return ctx.services.sellers.seller(user.sellerId);
  }
}
