import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { SellerUser } from '../sellers/seller-user.entity';
import { verifyPassword } from './password';
import { hashToken, newSecretToken } from './secret-token';
import { Session } from './session.entity';
import { SignInThrottle } from './sign-in-throttle';
import { ALL_SCOPES } from './api-key-scope';
import type { CredentialRevocationPublisher } from './credential-revocation';
import type { UserViewer } from './viewer';
import { leanQuery } from '../common/lean-rows';

export const SESSION_COOKIE = 'od_session';

export type CreatedSession = { token: string; expiresAt: Date; user: SellerUser };

/** The outcome of a sign-in: a session, wrong credentials, or too many failed attempts lately. */
export type SignInResult =
  | { kind: 'SIGNED_IN'; session: CreatedSession }
  | { kind: 'INVALID_CREDENTIALS' }
  | { kind: 'TOO_MANY_ATTEMPTS'; retryAfterSeconds: number };

export class SessionService {
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly db: DataSource,
    private readonly ttlHours: number,
    private readonly revocations: CredentialRevocationPublisher,
    /** Where failed sign-ins are counted across instances; null: in this process. */
    throttleRedis: Redis | null,
  ) {
    this.throttle = new SignInThrottle(throttleRedis);
  }

  /**
   * Checks the credentials and opens a session (a new token every time: a token from before sign-in is
   * never reused). No hint which part was wrong; refused while this email or the client's `address`
   * has failed too often.
   */
  async signIn(email: string, password: string, address: string): Promise<SignInResult> {
    const retryAfterSeconds = await this.throttle.retryAfterSeconds(email, address);
    if (retryAfterSeconds > 0) return { kind: 'TOO_MANY_ATTEMPTS', retryAfterSeconds };
    const user = await this.db.getRepository(SellerUser).findOne({ where: { email: email.trim().toLowerCase() } });
    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid) {
      await this.throttle.failed(email, address);
      return { kind: 'INVALID_CREDENTIALS' };
    }
    await this.throttle.succeeded(email, address);
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.ttlHours * 3600_000);
    await this.db.getRepository(Session).insert({ tokenHash: hashToken(token), sellerUserId: user.id, expiresAt });
    return { kind: 'SIGNED_IN', session: { token, expiresAt, user } };
  }

  /** The viewer behind a session token, in one statement; null for unknown or expired tokens. */
  async viewerFor(token: string | undefined): Promise<UserViewer | null> {
    if (!token || token.length > 100) return null;
    // Every signed-in request runs this: straight on the pool (leanQuery), not through a query runner.
    const rows = await leanQuery<Omit<UserViewer, 'kind' | 'scopes'>>(
      this.db,
      `SELECT u.id AS "userId", s.id AS "sessionId", u.seller_id AS "sellerId", u.role, u.name, u.email
         FROM sessions s JOIN seller_users u ON u.id = s.seller_user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashToken(token)],
    );
    return rows[0] ? { kind: 'USER', ...rows[0], scopes: ALL_SCOPES } : null;
  }

  /** Ends the session; the sockets opened with it are closed on every instance. */
  async signOut(token: string | undefined): Promise<void> {
    if (!token || token.length > 100) return;
    // As a CTE: TypeORM answers a plain DELETE with [rows, count], a SELECT with its rows.
    const [ended]: { id: string }[] = await this.db.query(
      `WITH ended AS (DELETE FROM sessions WHERE token_hash = $1 RETURNING id) SELECT id FROM ended`,
      [hashToken(token)],
    );
    if (ended) this.revocations.publish({ kind: 'SESSION', id: ended.id });
  }

  /** When each of these sessions expires; those signed out or expired are missing. */
  async expiries(sessionIds: string[]): Promise<Map<string, Date>> {
    const rows: { id: string; expires_at: Date }[] = await this.db.query(
      `SELECT id, expires_at FROM sessions WHERE id = ANY($1::uuid[]) AND expires_at > now()`,
      [sessionIds],
    );
    return new Map(rows.map((row) => [row.id, new Date(row.expires_at)]));
  }
}
