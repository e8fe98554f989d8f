import type { ServerResponse } from 'node:http';
import type { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { idempotencyKeyInProgress, idempotencyKeyInvalid, idempotencyKeyReused } from '../common/api-errors';
import { IdempotencyKeys, type KeyScope, type StoredAnswer } from './idempotency-keys';
import { gateSawMutation, gateViewerOf } from './graphql-gate';
import { sendJson, sendText, type HttpStep } from './node-http';

/** 1 to 255 printable ASCII characters (a UUID, a hash, an ERP's own request id). */
const VALID_KEY = /^[\x20-\x7e]{1,255}$/;

/** The response header that marks an answer replayed from the first run. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

type GraphQLBody = { query: string; operationName?: unknown; variables?: unknown };

/**
 * `Idempotency-Key` on /graphql, before Apollo: the first run of a mutation claims the key and its
 * answer is stored; a retry with the same key and body is answered from the store without running
 * anything (not even Apollo); the same key with another body, or while the first still runs, is
 * refused (422, 409). Queries, and requests Apollo refuses anyway (unreadable, signed out), pass
 * through untouched. Mounted after the gate (graphql-gate.ts), which found the viewer, refused a bad
 * API key and an abusive document already, and parsed the operation it tells a mutation by.
 */
export function idempotency(db: DataSource): HttpStep {
  const keys = new IdempotencyKeys(db);
  return async (req, res, next): Promise<void> => {
    const header = req.headers['idempotency-key'];
    const body = graphqlBody(req.body);
    if (header === undefined || !body || !gateSawMutation(req)) return next();
    if (typeof header !== 'string' || !VALID_KEY.test(header)) return refuse(res, idempotencyKeyInvalid());
    const viewer = gateViewerOf(req);
    if (!viewer) return next();
    const scope: KeyScope = { sellerId: viewer.sellerId, credential: credentialOf(viewer), key: header };
    const claim = await keys.claim(scope, requestHash(body));
    switch (claim.kind) {
      case 'replay': {
        const { status, contentType, body } = claim.answer;
        res.setHeader(REPLAYED_HEADER, 'true');
        sendText(res, status, contentType, body);
        return;
      }
      case 'reused':
        return refuse(res, idempotencyKeyReused());
      case 'in-progress':
        // A client that retries on 409 gets the stored answer once the first run is done.
        res.setHeader('Retry-After', '1');
        return refuse(res, idempotencyKeyInProgress());
      case 'claimed':
        keepers.set(res, (answer) =>
          answer && executed(answer.status, answer.body)
            ? keys.complete(scope, claim.token, answer)
            : keys.release(scope, claim.token),
        );
        return next();
    }
  };
}

function graphqlBody(body: unknown): GraphQLBody | null {
  const query: unknown = (body as { query?: unknown } | null)?.query;
  return typeof query === 'string' ? (body as GraphQLBody) : null;
}

const credentialOf = (viewer: Viewer): string =>
  viewer.kind === 'API_KEY' ? `api-key:${viewer.apiKeyId}` : `user:${viewer.userId}`;

/** The request as its fields mean it: the same JSON with its object keys in another order is the same request. */
function requestHash({ query, operationName, variables }: GraphQLBody): string {
  return createHash('sha256')
    .update(canonicalJson({ query, operationName: operationName ?? null, variables: variables ?? {} }))
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether the mutation ran, so its answer is kept (Stripe's rule): some mutation field answered,
 * userErrors included. An answer without data (a parse, validation, cost or throttle refusal) or
 * whose every field is null (not signed in, a missing scope, an internal error before anything was
 * done) releases the key instead, so a retry runs once the cause is fixed.
 */
function executed(status: number, body: string): boolean {
  if (status >= 500) return false;
  try {
    const { data } = JSON.parse(body) as { data?: Record<string, unknown> | null };
    return typeof data === 'object' && data !== null && Object.values(data).some((field) => field !== null);
  } catch {
    return false;
  }
}

const keepers = new WeakMap<ServerResponse, (answer: StoredAnswer | null) => Promise<void>>();

/**
 * Called with the answer to a /graphql request before it is sent (graphql-route.ts), null for a
 * failure's: a request that claimed its key keeps its answer (or releases the key) first, so a retry
 * that follows the answer at once finds it stored, never "in progress". A client that went away does
 * not release the key: the mutation still runs to its end and its answer is kept for the retry.
 */
export async function keepClaimedAnswer(res: ServerResponse, answer: StoredAnswer | null): Promise<void> {
  const keep = keepers.get(res);
  if (!keep) return;
  keepers.delete(res);
  await keep(answer).catch((error: unknown) =>
    res.req.log.error({ err: error }, 'could not keep an idempotent answer'),
  );
}

function refuse(res: ServerResponse, error: GraphQLError): void {
  const status = (error.extensions.http as { status: number }).status;
  sendJson(res, status, { errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
}
