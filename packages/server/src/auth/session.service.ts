import type { DataSource } from 'typeorm';
import { SellerUser } from '../sellers/seller-user.entity';
import { verifyPassword } from './password';
import { hashToken, newSecretToken } from './secret-token';
import { Session } from './session.entity';
import { ALL_SCOPES } from '../api-keys/api-key-scope';
import type { UserViewer } from './viewer';

export const SESSION_COOKIE = 'od_session';

export type CreatedSession = { token: string; expiresAt: Date; user: SellerUser };

export class SessionService {
  constructor(
    private readonly db: DataSource,
    private readonly ttlHours: number,
  ) {}

  /** Checks the credentials and opens a session; null when they do not match (no hint which part was wrong). */
  async signIn(email: string, password: string): Promise<CreatedSession | null> {
    const user = await this.db.getRepository(SellerUser).findOne({ where: { email: email.trim().toLowerCase() } });
    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid) return null;
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.ttlHours * 3600_000);
    await this.db.getRepository(Session).insert({ tokenHash: hashToken(token), sellerUserId: user.id, expiresAt });
    return { token, expiresAt, user };
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

  /** Drops expired sessions; run at start and periodically. */
  async purgeExpired(): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE expires_at <= now()`);
  }
}
