import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import { forbidden, unauthenticated } from './errors';
import { createLoaders, type Loaders } from './loaders';
import { SellerRole } from '../sellers/seller-user.entity';
import type { Services } from './services';

/** Lets the signIn/signOut mutations set the session cookie; absent on WebSocket connections. */
export type SessionCookie = {
  read(): string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
};

export type Context = {
  db: DataSource;
  logger: Logger;
  services: Services;
  viewer: Viewer | null;
  sessionCookie: SessionCookie | null;
  /** Whether outgoing mail goes to the built-in catcher (development). */
  mailCatcherEnabled: boolean;
  /** Batch loaders, created for this request and this seller. */
  loaders: Loaders | null;
};

export function createContext({
  cacheLoaders = true,
  ...args
}: Omit<Context, 'loaders'> & { cacheLoaders?: boolean }): Context {
  return {
    ...args,
    loaders: args.viewer ? createLoaders(args.db, args.viewer.sellerId, { cache: cacheLoaders }) : null,
  };
}

/** The signed-in viewer and their loaders, or an UNAUTHENTICATED error. */
export function requireViewer(ctx: Context): { viewer: Viewer; loaders: Loaders } {
  if (!ctx.viewer || !ctx.loaders) throw unauthenticated();
  return { viewer: ctx.viewer, loaders: ctx.loaders };
}

export function requireOwner(ctx: Context): Viewer {
  const { viewer } = requireViewer(ctx);
  if (viewer.role !== SellerRole.OWNER) throw forbidden();
  return viewer;
}
