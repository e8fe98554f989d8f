import { IsNull, Raw, type DataSource } from 'typeorm';
import type { CredentialRevocationPublisher } from '../auth/credential-revocation';
import { hashToken, newSecretToken } from '../auth/secret-token';
import type { ApiKeyViewer, UserViewer } from '../auth/viewer';
import { isId } from '../common/ids';
import { refused, type Outcome } from '../common/refusal';
import { userError } from '../common/user-error';
import { UserErrorCode } from '../common/user-error-code';
import { ApiKey } from './api-key.entity';
import { type ApiKeyScope, effectiveScopes } from '../auth/api-key-scope';
import { leanQuery } from '../common/lean-rows';

/** Secrets start with this, so leaked keys are easy to recognise (and to scan repositories for). */
export const API_KEY_PREFIX = 'odk_';
const NAME_MAX = 80;
/** Last use is recorded at most this often, so a busy key does not write on every request. */
const LAST_USED_RESOLUTION_SECONDS = 60;
/** A key's expiry is at most this far ahead: a partner rotates its key at least this often. */
const MAX_EXPIRY_DAYS = 2 * 366;
/** The SQL condition of a key that still works. */
const ACTIVE = `revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`;

export type CreatedApiKey = { apiKey: ApiKey; secret: string };

export type NewApiKey = { name: string; scopes: ApiKeyScope[]; expiresAt?: Date | null };

export class ApiKeyService {
  constructor(
    private readonly db: DataSource,
    private readonly revocations: CredentialRevocationPublisher,
    /** Active keys a seller may hold at once (API_KEYS_PER_SELLER). */
    private readonly maxActiveKeys: number,
  ) {}

  /** The seller's keys that still work (neither revoked nor expired), newest first. */
  list(sellerId: string): Promise<ApiKey[]> {
    return this.db.getRepository(ApiKey).find({
      where: { sellerId, revokedAt: IsNull(), expiresAt: Raw((at) => `(${at} IS NULL OR ${at} > now())`) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /**
   * Creates a key; the secret is returned here only, and only its hash is kept. A seller holds at most
   * `maxActiveKeys` keys that work: the seller row is locked while they are counted, so concurrent
   * creations cannot pass the limit together.
   */
  async create(owner: UserViewer, input: NewApiKey): Promise<Outcome<CreatedApiKey>> {
    const name = input.name.trim();
    if (!name) return refused(userError(UserErrorCode.REQUIRED, 'Give the key a name.', ['input', 'name']));
    if (name.length > NAME_MAX) {
      return refused(userError(UserErrorCode.TOO_LONG, `Use at most ${NAME_MAX} characters.`, ['input', 'name']));
    }
    if (input.scopes.length === 0) {
      return refused(userError(UserErrorCode.REQUIRED, 'Choose at least one scope.', ['input', 'scopes']));
    }
    const expiresAt = input.expiresAt ?? null;
    const latest = Date.now() + MAX_EXPIRY_DAYS * 86_400_000;
    if (
      expiresAt &&
      (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now() || expiresAt.getTime() > latest)
    ) {
      return refused(
        userError(UserErrorCode.INVALID_INPUT, 'Choose an expiry in the future, within 2 years.', [
          'input',
          'expiresAt',
        ]),
      );
    }
    const secret = API_KEY_PREFIX + newSecretToken();
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT id FROM sellers WHERE id = $1 FOR UPDATE`, [owner.sellerId]);
      const [{ active }]: [{ active: number }] = await tx.query(
        `SELECT count(*)::int AS active FROM api_keys WHERE seller_id = $1 AND ${ACTIVE}`,
        [owner.sellerId],
      );
      if (active >= this.maxActiveKeys) {
        return refused(
          userError(
            UserErrorCode.TOO_MANY_API_KEYS,
            `A seller can have at most ${this.maxActiveKeys} active API keys: revoke one you no longer use first.`,
          ),
        );
      }
      const repository = tx.getRepository(ApiKey);
      const { identifiers } = await repository.insert({
        sellerId: owner.sellerId,
        name,
        scopes: [...new Set(input.scopes)],
        tokenHash: hashToken(secret),
        prefix: secret.slice(0, API_KEY_PREFIX.length + 4),
        createdByUserId: owner.userId,
        expiresAt,
      });
      const apiKey = await repository.findOneByOrFail({ id: identifiers[0]!.id as string });
      return { value: { apiKey, secret }, userErrors: [] };
    });
  }

  /**
   * Revokes a key at once (revoking twice is harmless), closing the sockets opened with it on every
   * instance; another seller's key answers like an unknown one.
   */
  async revoke(owner: UserViewer, id: string): Promise<Outcome<ApiKey>> {
    const notFound = () => refused(userError(UserErrorCode.NOT_FOUND, 'This API key does not exist.', ['input', 'id']));
    if (!isId(id)) return notFound();
    const [revoked]: { id: string }[] = await this.db.query(
      // As a CTE: TypeORM answers a plain UPDATE with [rows, count], a SELECT with its rows.
      `WITH revoked AS (
         UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND seller_id = $2 AND revoked_at IS NULL RETURNING id
       ) SELECT id FROM revoked`,
      [id, owner.sellerId],
    );
    if (revoked) this.revocations.publish({ kind: 'API_KEY', id });
    const apiKey = await this.db.getRepository(ApiKey).findOneBy({ id, sellerId: owner.sellerId });
    return apiKey ? { value: apiKey, userErrors: [] } : notFound();
  }

  /** When each of these keys expires (null: never); those revoked or expired are missing. */
  async expiries(apiKeyIds: string[]): Promise<Map<string, Date | null>> {
    const rows: { id: string; expires_at: Date | null }[] = await this.db.query(
      `SELECT id, expires_at FROM api_keys WHERE id = ANY($1::uuid[]) AND ${ACTIVE}`,
      [apiKeyIds],
    );
    return new Map(rows.map((row) => [row.id, row.expires_at && new Date(row.expires_at)]));
  }

  /** The viewer behind a secret; null for unknown, revoked or expired keys. Records the key's last use. */
  async viewerFor(secret: string): Promise<Omit<ApiKeyViewer, 'idempotent'> | null> {
    if (!secret.startsWith(API_KEY_PREFIX) || secret.length > 100) return null;
    // Every request with a key runs this: straight on the pool (leanQuery), not through a query runner.
    const rows = await leanQuery<{
      id: string;
      seller_id: string;
      name: string;
      scopes: ApiKeyScope[];
      stale: boolean;
    }>(
      this.db,
      `SELECT id, seller_id, name, scopes,
              last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2) AS stale
         FROM api_keys WHERE token_hash = $1 AND ${ACTIVE}`,
      [hashToken(secret), LAST_USED_RESOLUTION_SECONDS],
    );
    const key = rows[0];
    if (!key) return null;
    if (key.stale) await leanQuery(this.db, `UPDATE api_keys SET last_used_at = now() WHERE id = $1`, [key.id]);
    return {
      kind: 'API_KEY',
      apiKeyId: key.id,
      sellerId: key.seller_id,
      name: key.name,
      scopes: effectiveScopes(key.scopes),
    };
  }
}
