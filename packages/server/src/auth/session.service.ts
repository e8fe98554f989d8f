import type { DataSource } from 'typeorm';
import { SellerUser } from '../sellers/seller-user.entity';
import { verifyPassword } from './password';
import { hashToken, newSecretToken } from './secret-token';
import { Session } from './session.entity';
import { SignInThrottle } from './sign-in-throttle';
import { ALL_SCOPES } from './api-key-scope';
import type { UserViewer } from './viewer';

export const SESSION_COOKIE = 'od_session';

export type CreatedSession = { token: string; expiresAt: Date; user: SellerUser };

/** The outcome of a sign-in: a session, wrong credentials, or too many failed attempts lately. */
export type SignInResult =
  | { kind: 'SIGNED_IN'; session: CreatedSession }
  | { kind: 'INVALID_CREDENTIALS' }
  | { kind: 'TOO_MANY_ATTEMPTS'; retryAfterSeconds: number };

export class SessionService {
  private readonly throttle = new SignInThrottle();

  constructor(
    private readonly db: DataSource,
    private readonly ttlHours: number,
  ) {}

  /**
   * Checks the credentials and opens a session (a new token every time: a token from before sign-in is
   * never reused). No hint which part was wrong; refused while `caller` has failed too often.
   */
  async signIn(email: string, password: string, caller: string): Promise<SignInResult> {
    const retryAfterSeconds = await this.throttle.retryAfterSeconds(email, caller);
    if (retryAfterSeconds > 0) return { kind: 'TOO_MANY_ATTEMPTS', retryAfterSeconds };
    const user = await this.db.getRepository(SellerUser).findOne({ where: { email: email.trim().toLowerCase() } });
    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid) {
      await this.throttle.failed(email, caller);
      return { kind: 'INVALID_CREDENTIALS' };
    }
    await this.throttle.succeeded(email, caller);
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.ttlHours * 3600_000);
    await this.db.getRepository(Session).insert({ tokenHash: hashToken(token), sellerUserId: user.id, expiresAt });
    return { kind: 'SIGNED_IN', session: { token, expiresAt, user } };
  }

  /** The viewer behind a session token, in one statement; null for unknown or expired tokens. */
  async viewerFor(token: string | undefined): Promise<UserViewer | null> {
    if (!token || token.length > 100) return null;
    const rows: Omit<UserViewer, 'kind' | 'scopes'>[] = await this.db.query(
      `SELECT u.id AS "userId", s.id AS "sessionId", u.seller_id AS "sellerId", u.role, u.name, u.email
         FROM sessions s JOIN seller_users u ON u.id = s.seller_user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashToken(token)],
    );
    return rows[0] ? { kind: 'USER', ...rows[0], scopes: ALL_SCOPES } : null;
  }

  async signOut(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.db.getRepository(Session).delete({ tokenHash: hashToken(token) });
  }
}
