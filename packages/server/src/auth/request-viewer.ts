import { invalidApiKey } from '../graphql/errors';
import type { Services } from '../graphql/services';
import { readSessionToken } from './session-cookie';
import type { Viewer } from './viewer';

/** What a request carries to say who sends it: an `Authorization` value and/or the cookie header. */
export type Credentials = { authorization?: unknown; cookie?: string | undefined };

/**
 * The viewer behind a request. An `Authorization: Bearer <key>` wins over the session cookie; a key
 * that is given but does not work is refused (UNAUTHENTICATED) rather than treated as signed out,
 * so a partner sees at once that their key was revoked.
 */
export async function viewerFromCredentials(
  services: Pick<Services, 'sessions' | 'apiKeys'>,
  { authorization, cookie }: Credentials,
): Promise<Viewer | null> {
  if (authorization !== undefined && authorization !== null && authorization !== '') {
    const secret = typeof authorization === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
    const viewer = secret ? await services.apiKeys.viewerFor(secret) : null;
    if (!viewer) throw invalidApiKey();
    return viewer;
  }
  return services.sessions.viewerFor(readSessionToken({ cookie }));
}

/** Whose rate-limit budget a request spends: the API key's, the session's, or (signed out) the address's. */
export function rateLimitKeyOf(viewer: Viewer | null, address: string | undefined): string {
  if (viewer?.kind === 'API_KEY') return `key:${viewer.apiKeyId}`;
  if (viewer) return `session:${viewer.sessionId}`;
  return `address:${address ?? 'unknown'}`;
}
