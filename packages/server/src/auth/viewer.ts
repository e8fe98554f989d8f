import { ActorType } from '../orders/order-event.entity';
import type { SellerRole } from '../sellers/seller-user.entity';

/** Who is making the request: a signed-in seller user. Every data access is scoped to `sellerId`. */
export type Viewer = {
  userId: string;
  sellerId: string;
  role: SellerRole;
  name: string;
  email: string;
};

export function actorOf(viewer: Viewer) {
  return { actorType: ActorType.USER, actorUserId: viewer.userId, actorName: viewer.name };
}
