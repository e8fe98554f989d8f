import type { DataSource } from 'typeorm';
import type { UserError } from '../common/user-error';
import { validateSettings, type SellerSettingsChanges } from './seller-settings';
import { SellerUser } from './seller-user.entity';
import { Seller } from './seller.entity';

export class SellerService {
  constructor(private readonly db: DataSource) {}

  /** Saves valid changes whole, or nothing with the reasons. New windows apply to deadlines set from now on. */
  async updateSettings(
    sellerId: string,
    changes: SellerSettingsChanges,
  ): Promise<{ seller: Seller | null; userErrors: UserError[] }> {
    const { update, errors } = validateSettings(changes);
    if (errors.length > 0) return { seller: null, userErrors: errors };
    const repository = this.db.getRepository(Seller);
    if (Object.keys(update).length > 0) await repository.update({ id: sellerId }, update);
    return { seller: await repository.findOneByOrFail({ id: sellerId }), userErrors: [] };
  }

  /** A seller by ID (the brand of the signed-in user). */
  seller(sellerId: string): Promise<Seller> {
    return this.db.getRepository(Seller).findOneByOrFail({ id: sellerId });
  }

  /** A seller user by ID (the signed-in one: `me`). */
  user(userId: string): Promise<SellerUser | null> {
    return this.db.getRepository(SellerUser).findOneBy({ id: userId });
  }
}
