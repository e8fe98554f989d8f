import { createContext, useContext } from 'react';

export interface Session {
  /** Called after sign-in and sign-out, once the session cookie has changed. */
  onSessionChange: () => void;
}

export const SessionContext = createContext<Session>({ onSessionChange: () => undefined });

export function useSession(): Session {
  return useContext(SessionContext);
}

export const SIGN_IN_PATH = '/sign-in';
export const HOME_PATH = '/';

/** Where to go after signing in: only same-origin paths, never back to the sign-in page. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return HOME_PATH;
  }
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`)) return HOME_PATH;
  return next;
}

export function signInPathFor(location: { pathname: string; search: string; hash: string }): string {
  const next = `${location.pathname}${location.search}${location.hash}`;
  if (next === '/' || next === HOME_PATH) return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${new URLSearchParams({ next }).toString()}`;
}
