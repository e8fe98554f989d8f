import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Seller } from './seller.entity';

export class SellerService {
  constructor(private readonly db: DataSource) {}

  async updateSettings(viewer: Viewer, changes: { buyerAccessRequiresApproval?: boolean | null }): Promise<Seller> {
    const repository = this.db.getRepository(Seller);
    if (changes.buyerAccessRequiresApproval != null) {
      await repository.update(
        { id: viewer.sellerId },
        { buyerAccessRequiresApproval: changes.buyerAccessRequiresApproval },
      );
    }
    return repository.findOneByOrFail({ id: viewer.sellerId });
  }
}
