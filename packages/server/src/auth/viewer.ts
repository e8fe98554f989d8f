import type { ApiKeyScope } from './api-key-scope';
import type { SellerRole } from '../sellers/seller-user.entity';

/** A seller user signed in through the dashboard's session cookie; holds every scope. */
export type UserViewer = {
  kind: 'USER';
  userId: string;
  sessionId: string;
  sellerId: string;
  role: SellerRole;
  name: string;
  email: string;
  scopes: ReadonlySet<ApiKeyScope>;
};

/** A partner application calling with one of the seller's API keys. */
export type ApiKeyViewer = {
  kind: 'API_KEY';
  apiKeyId: string;
  sellerId: string;
  /** The key's name, as the timeline shows it. */
  name: string;
  scopes: ReadonlySet<ApiKeyScope>;
  /** Whether the request carries an Idempotency-Key: money-moving mutations need one (see assertIdempotent). */
  idempotent: boolean;
};

/** Who is making the request. Every data access is scoped to `sellerId`. */
export type Viewer = UserViewer | ApiKeyViewer;
