import type express from 'express';
import { GraphQLError } from 'graphql';
import type { ApiKeyScope } from './api-key-scope';
import { viewerFromCredentials, type ViewerSources } from './request-viewer';
import type { Viewer } from './viewer';

/**
 * For plain HTTP routes (downloads): the viewer behind the session cookie or API key when it holds
 * `scope`; otherwise answers 401 or 403 itself and returns null.
 */
export async function routeViewer(
  sources: ViewerSources,
  req: express.Request,
  res: express.Response,
  scope: ApiKeyScope,
): Promise<Viewer | null> {
  const viewer = await viewerFromCredentials(sources, req.headers).catch((error: unknown) => {
    if (error instanceof GraphQLError) return null;
    throw error;
  });
  if (!viewer) {
    res.status(401).json({ error: 'You are not signed in.' });
    return null;
  }
  if (!viewer.scopes.has(scope)) {
    res.status(403).json({ error: `This API key does not have the ${scope} scope.` });
    return null;
  }
  return viewer;
}
