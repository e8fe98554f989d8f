import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { ApiKeyScope } from '../auth/api-key-scope';
import type { SessionCookie } from '../auth/session-cookie';
import type { UserViewer, Viewer } from '../auth/viewer';
import { forbidden, missingScope, unauthenticated } from '../common/api-errors';
import { createLoaders, type Loaders } from './loaders';
import { SellerRole } from '../sellers/seller-user.entity';
import type { Services } from './services';

/** What every resolver gets: who asks, their loaders and the services (never the database itself). */
export type Context = {
  logger: Logger;
  services: Services;
  viewer: Viewer | null;
  sessionCookie: SessionCookie | null;
  /** Whose budget of the rate limit this request spends (the key, the session, or the address). */
  rateLimitKey: string;
  /** The client's address (behind trusted proxies, the one they saw): what the sign-in throttle counts by. */
  clientAddress: string;
  /** Whether outgoing mail goes to the built-in catcher (development). */
  mailCatcherEnabled: boolean;
  /** Batch loaders, created for this request and this seller. */
  loaders: Loaders | null;
};

export function createContext({
  db,
  cacheLoaders = true,
  ...args
}: Omit<Context, 'loaders'> & { db: DataSource; cacheLoaders?: boolean }): Context {
  return {
    ...args,
    loaders: args.viewer ? createLoaders(db, args.viewer.sellerId, { cache: cacheLoaders }) : null,
  };
}

/**
 * The viewer and their loaders, or an UNAUTHENTICATED error; with `scope`, a FORBIDDEN error for an
 * API key without it (signed-in users hold every scope).
 */
export function requireViewer(ctx: Context, scope: ApiKeyScope): { viewer: Viewer; loaders: Loaders } {
  if (!ctx.viewer || !ctx.loaders) throw unauthenticated();
  if (!ctx.viewer.scopes.has(scope)) throw missingScope(scope);
  return { viewer: ctx.viewer, loaders: ctx.loaders };
}

/** A signed-in owner: settings and API keys are never managed by staff or by an API key. */
export function requireOwner(ctx: Context): UserViewer {
  if (!ctx.viewer) throw unauthenticated();
  if (ctx.viewer.kind !== 'USER' || ctx.viewer.role !== SellerRole.OWNER) throw forbidden();
  return ctx.viewer;
}
