import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { UserError } from '../common/user-error';
import { validateSettings, type SellerSettingsChanges } from './seller-settings';
import { Seller } from './seller.entity';

export class SellerService {
  constructor(private readonly db: DataSource) {}

  /** Saves valid changes whole, or nothing with the reasons. New windows apply to deadlines set from now on. */
  async updateSettings(
    viewer: Viewer,
    changes: SellerSettingsChanges,
  ): Promise<{ seller: Seller | null; userErrors: UserError[] }> {
    const { update, errors } = validateSettings(changes);
    if (errors.length > 0) return { seller: null, userErrors: errors };
    const repository = this.db.getRepository(Seller);
    if (Object.keys(update).length > 0) await repository.update({ id: viewer.sellerId }, update);
    return { seller: await repository.findOneByOrFail({ id: viewer.sellerId }), userErrors: [] };
  }
}
