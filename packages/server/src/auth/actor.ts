import { ActorType } from '../orders/order-event.entity';
import type { Viewer } from './viewer';

/** Who a change is attributed to on the timeline. */
export type Actor = { type: ActorType; userId: string | null; name: string };

export const actorOf = (viewer: Viewer): Actor => ({ type: ActorType.USER, userId: viewer.userId, name: viewer.name });

export const SYSTEM_ACTOR: Actor = { type: ActorType.SYSTEM, userId: null, name: 'Order Desk' };
