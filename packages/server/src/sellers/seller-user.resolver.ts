import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { SellerUser } from './seller-user.entity';
import { Seller } from './seller.entity';

@Resolver(() => SellerUser)
export class SellerUserResolver {
  @FieldResolver(() => Seller, { description: 'The brand this user works for.' })
  async seller(@Root() user: SellerUser, @Ctx() ctx: Context): Promise<Seller> {
    return ctx.db.getRepository(Seller).findOneByOrFail({ id: user.sellerId });
  }
}
