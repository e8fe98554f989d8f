import type { SellerRole } from '../sellers/seller-user.entity';

/** Who is making the request: a signed-in seller user. Every data access is scoped to `sellerId`. */
export type Viewer = {
  userId: string;
  sellerId: string;
  role: SellerRole;
  name: string;
  email: string;
};
