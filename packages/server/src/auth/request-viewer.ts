import { invalidApiKey } from '../common/api-errors';
import { readSessionToken } from './session-cookie';
import type { ApiKeyViewer, UserViewer, Viewer } from './viewer';

/** What tells the viewer behind a session token or an API key secret (the sessions and API key services). */
export type ViewerSources = {
  sessions: { viewerFor(token: string | undefined): Promise<UserViewer | null> };
  apiKeys: { viewerFor(secret: string): Promise<Omit<ApiKeyViewer, 'idempotent'> | null> };
};

/**
 * What a request carries to say who sends it: an `Authorization` value and/or the cookie header, and
 * its `Idempotency-Key` (which the HTTP layer has checked and claimed).
 */
export type Credentials = { authorization?: unknown; cookie?: string | undefined; 'idempotency-key'?: unknown };

/**
 * The viewer behind a request. An `Authorization: Bearer <key>` wins over the session cookie; a key
 * that is given but does not work is refused (UNAUTHENTICATED) rather than treated as signed out,
 * so a partner sees at once that their key was revoked.
 */
export async function viewerFromCredentials(
  sources: ViewerSources,
  { authorization, cookie, 'idempotency-key': idempotencyKey }: Credentials,
): Promise<Viewer | null> {
  if (authorization !== undefined && authorization !== null && authorization !== '') {
    const secret = typeof authorization === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
    const viewer = secret ? await sources.apiKeys.viewerFor(secret) : null;
    if (!viewer) throw invalidApiKey();
    return { ...viewer, idempotent: typeof idempotencyKey === 'string' };
  }
  return sources.sessions.viewerFor(readSessionToken({ cookie }));
}

/** Whose rate-limit budget a request spends: the API key's, the session's, or (signed out) the address's. */
export function rateLimitKeyOf(viewer: Viewer | null, address: string | undefined): string {
  if (viewer?.kind === 'API_KEY') return `key:${viewer.apiKeyId}`;
  if (viewer) return `session:${viewer.sessionId}`;
  return `address:${address ?? 'unknown'}`;
}
