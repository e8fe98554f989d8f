import { IsNull, type DataSource } from 'typeorm';
import { hashToken, newSecretToken } from '../auth/secret-token';
import type { ApiKeyViewer, UserViewer } from '../auth/viewer';
import { isId } from '../common/ids';
import { refused, type Outcome } from '../common/refusal';
import { userError } from '../common/user-error';
import { UserErrorCode } from '../common/user-error-code';
import { ApiKey } from './api-key.entity';
import { type ApiKeyScope, effectiveScopes } from '../auth/api-key-scope';

/** Secrets start with this, so leaked keys are easy to recognise (and to scan repositories for). */
export const API_KEY_PREFIX = 'odk_';
const NAME_MAX = 80;
/** Last use is recorded at most this often, so a busy key does not write on every request. */
const LAST_USED_RESOLUTION_SECONDS = 60;

export type CreatedApiKey = { apiKey: ApiKey; secret: string };

export class ApiKeyService {
  constructor(private readonly db: DataSource) {}

  /** The seller's keys that still work, newest first. */
  list(sellerId: string): Promise<ApiKey[]> {
    return this.db.getRepository(ApiKey).find({
      where: { sellerId, revokedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** Creates a key; the secret is returned here only, and only its hash is kept. */
  async create(owner: UserViewer, input: { name: string; scopes: ApiKeyScope[] }): Promise<Outcome<CreatedApiKey>> {
    const name = input.name.trim();
    if (!name) return refused(userError(UserErrorCode.REQUIRED, 'Give the key a name.', ['input', 'name']));
    if (name.length > NAME_MAX) {
      return refused(userError(UserErrorCode.TOO_LONG, `Use at most ${NAME_MAX} characters.`, ['input', 'name']));
    }
    if (input.scopes.length === 0) {
      return refused(userError(UserErrorCode.REQUIRED, 'Choose at least one scope.', ['input', 'scopes']));
    }
    const secret = API_KEY_PREFIX + newSecretToken();
    const repository = this.db.getRepository(ApiKey);
    const { identifiers } = await repository.insert({
      sellerId: owner.sellerId,
      name,
      scopes: [...new Set(input.scopes)],
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, API_KEY_PREFIX.length + 4),
      createdByUserId: owner.userId,
    });
    const apiKey = await repository.findOneByOrFail({ id: identifiers[0]!.id as string });
    return { value: { apiKey, secret }, userErrors: [] };
  }

  /** Revokes a key at once (revoking twice is harmless); another seller's key answers like an unknown one. */
  async revoke(owner: UserViewer, id: string): Promise<Outcome<ApiKey>> {
    const notFound = () => refused(userError(UserErrorCode.NOT_FOUND, 'This API key does not exist.', ['input', 'id']));
    if (!isId(id)) return notFound();
    await this.db.query(
      `UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND seller_id = $2 AND revoked_at IS NULL`,
      [id, owner.sellerId],
    );
    const apiKey = await this.db.getRepository(ApiKey).findOneBy({ id, sellerId: owner.sellerId });
    return apiKey ? { value: apiKey, userErrors: [] } : notFound();
  }

  /** The viewer behind a secret; null for unknown or revoked keys. Records the key's last use. */
  async viewerFor(secret: string): Promise<Omit<ApiKeyViewer, 'idempotent'> | null> {
    if (!secret.startsWith(API_KEY_PREFIX) || secret.length > 100) return null;
    const rows: { id: string; seller_id: string; name: string; scopes: ApiKeyScope[]; stale: boolean }[] =
      await this.db.query(
        `SELECT id, seller_id, name, scopes,
                last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2) AS stale
           FROM api_keys WHERE token_hash = $1 AND revoked_at IS NULL`,
        [hashToken(secret), LAST_USED_RESOLUTION_SECONDS],
      );
    const key = rows[0];
    if (!key) return null;
    if (key.stale) await this.db.query(`UPDATE api_keys SET last_used_at = now() WHERE id = $1`, [key.id]);
    return {
      kind: 'API_KEY',
      apiKeyId: key.id,
      sellerId: key.seller_id,
      name: key.name,
      scopes: effectiveScopes(key.scopes),
    };
  }
}
