import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';
import { SESSION_COOKIE } from './session.service';

/** Lets the signIn/signOut mutations set the session cookie; absent on WebSocket connections. */
export type SessionCookie = {
  read(): string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
};

export function readSessionToken(headers: IncomingHttpHeaders): string | undefined {
  return headers.cookie ? parseCookie(headers.cookie)[SESSION_COOKIE] : undefined;
}

/** httpOnly (no script can read it) and SameSite=Lax (not sent on cross-site POSTs). */
export function sessionCookieFor(req: IncomingMessage, res: ServerResponse, secure: boolean): SessionCookie {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    read: () => readSessionToken(req.headers),
    set: (token, expiresAt) => {
      res.appendHeader('Set-Cookie', stringifySetCookie(SESSION_COOKIE, token, { ...base, expires: expiresAt }));
    },
    clear: () => {
      res.appendHeader('Set-Cookie', stringifySetCookie(SESSION_COOKIE, '', { ...base, expires: new Date(0) }));
    },
  };
}
