import { ActorType } from './actor-type';
import type { Viewer } from './viewer';

/** Who a change is attributed to on the timeline. */
export type Actor = { type: ActorType; userId: string | null; apiKeyId?: string; name: string };

export const actorOf = (viewer: Viewer): Actor =>
  viewer.kind === 'USER'
    ? { type: ActorType.USER, userId: viewer.userId, name: viewer.name }
    : { type: ActorType.API_KEY, userId: null, apiKeyId: viewer.apiKeyId, name: `API key "${viewer.name}"` };

export const SYSTEM_ACTOR: Actor = { type: ActorType.SYSTEM, userId: null, name: 'Order Desk' };
