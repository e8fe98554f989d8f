import type { Viewer } from './viewer';

/** A session (signed out) or an API key (revoked) that stops working now. */
export type RevokedCredential = { kind: 'SESSION' | 'API_KEY'; id: string };

/**
 * Tells every API instance that a credential was revoked, so the WebSockets opened with it are closed
 * there too (through Redis when configured; see graphql/pubsub.ts). Called after the revocation commits.
 */
export type CredentialRevocationPublisher = { publish: (revoked: RevokedCredential) => void };

/** The credential behind a viewer, in the form revocations name it. */
export const credentialOf = (viewer: Viewer): RevokedCredential =>
  viewer.kind === 'API_KEY' ? { kind: 'API_KEY', id: viewer.apiKeyId } : { kind: 'SESSION', id: viewer.sessionId };
