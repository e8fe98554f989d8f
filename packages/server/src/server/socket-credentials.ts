import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import { credentialOf, type RevokedCredential } from '../auth/credential-revocation';
import type { Viewer } from '../auth/viewer';
import type { Services } from '../graphql/services';

/** graphql-ws's close code for a socket whose credentials no longer hold. */
export const FORBIDDEN_CLOSE = 4403;

/** A credential's expiry (null: never) while it works; false once it does not. */
type Validity = Date | null | false;

type Watched = { socket: WebSocket; key: string; credential: RevokedCredential };

const keyOf = (credential: RevokedCredential) => `${credential.kind}:${credential.id}`;

/** setTimeout's longest delay (about 24.8 days); a later expiry is left to the sweep. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Keeps every open WebSocket tied to the session or API key it was opened with, so a socket never
 * outlives its credential: a revocation (sign-out, key revoked; on any instance, through the event
 * bus) closes its sockets at once; an expiry closes them when it passes; and before each event is
 * sent the credential is checked again against the database (the checks of one event's subscribers
 * batched into one query per kind), which also catches a revocation whose message was lost. A sweep
 * every `sweepMs` does the same for idle sockets.
 */
export class SocketCredentials {
  private readonly watched = new Map<string, Set<Watched>>();
  private readonly validity: DataLoader<RevokedCredential, Validity, string>;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly services: Pick<Services, 'sessions' | 'apiKeys'>,
    private readonly logger: Logger,
    sweepMs = 30_000,
  ) {
    this.validity = new DataLoader(
      async (credentials) => {
        const found = await this.lookUp([...credentials]);
        return credentials.map((credential) => (found.has(credential.id) ? found.get(credential.id)! : false));
      },
      { cache: false, cacheKeyFn: keyOf },
    );
    this.sweeper = setInterval(() => void this.sweep(), sweepMs);
    this.sweeper.unref();
  }

  /** Ties `socket` to the viewer's credential; false (and nothing watched) when it already does not hold. */
  async watch(socket: WebSocket, viewer: Viewer): Promise<boolean> {
    const credential = credentialOf(viewer);
    const entry: Watched = { socket, key: keyOf(credential), credential };
    const validity = await this.validity.load(credential);
    if (!this.holds(entry, validity)) return false;
    const expiresIn = validity ? validity.getTime() - Date.now() : null;
    const timer =
      expiresIn !== null && expiresIn < LONGEST_TIMER_MS
        ? setTimeout(() => this.close(entry, 'expired'), expiresIn)
        : null;
    timer?.unref();
    const sockets = this.watched.get(entry.key) ?? new Set();
    sockets.add(entry);
    this.watched.set(entry.key, sockets);
    socket.once('close', () => {
      if (timer) clearTimeout(timer);
      sockets.delete(entry);
      if (sockets.size === 0 && this.watched.get(entry.key) === sockets) this.watched.delete(entry.key);
    });
    return true;
  }

  /** Whether the credential `socket` was opened with still holds; closes the socket when it does not. */
  async stillAuthorised(socket: WebSocket, viewer: Viewer): Promise<boolean> {
    const credential = credentialOf(viewer);
    return this.authorise({ socket, key: keyOf(credential), credential });
  }

  /** A credential was revoked (here or on another instance): its sockets close now. */
  revoked(credential: RevokedCredential): void {
    for (const entry of this.watched.get(keyOf(credential)) ?? []) this.close(entry, 'revoked');
  }

  stop(): void {
    clearInterval(this.sweeper);
  }

  private async authorise(entry: Watched): Promise<boolean> {
    if (entry.socket.readyState !== entry.socket.OPEN) return false;
    return this.holds(entry, await this.validity.load(entry.credential));
  }

  /** Whether a credential of this validity still holds now; closes the socket when it does not. */
  private holds(entry: Watched, validity: Validity): boolean {
    if (validity === false) return this.close(entry, 'revoked');
    if (validity && validity.getTime() <= Date.now()) return this.close(entry, 'expired');
    return true;
  }

  private async lookUp(credentials: RevokedCredential[]): Promise<Map<string, Date | null>> {
    const ids = (kind: RevokedCredential['kind']) => credentials.filter((c) => c.kind === kind).map((c) => c.id);
    const [sessions, keys] = await Promise.all([
      this.services.sessions.expiries(ids('SESSION')),
      this.services.apiKeys.expiries(ids('API_KEY')),
    ]);
    return new Map<string, Date | null>([...sessions, ...keys]);
  }

  private async sweep(): Promise<void> {
    const entries = [...this.watched.values()].flatMap((sockets) => [...sockets]);
    if (entries.length === 0) return;
    try {
      const unique = new Map(entries.map((entry) => [entry.key, entry.credential]));
      const found = await this.lookUp([...unique.values()]);
      for (const entry of entries) {
        const expiry = found.get(entry.credential.id);
        if (expiry === undefined) this.close(entry, 'revoked');
        else if (expiry && expiry.getTime() <= Date.now()) this.close(entry, 'expired');
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'could not check the credentials of open WebSockets; next sweep retries');
    }
  }

  private close(entry: Watched, why: 'revoked' | 'expired'): false {
    if (entry.socket.readyState === entry.socket.OPEN || entry.socket.readyState === entry.socket.CONNECTING) {
      entry.socket.close(
        FORBIDDEN_CLOSE,
        why === 'revoked' ? 'Forbidden: credentials revoked' : 'Forbidden: credentials expired',
      );
    }
    return false;
  }
}
