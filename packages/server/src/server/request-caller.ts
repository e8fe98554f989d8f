import type { IncomingMessage } from 'node:http';
import { viewerFromCredentials, type ViewerSources } from '../auth/request-viewer';
import type { Viewer } from '../auth/viewer';

const looked = new WeakMap<IncomingMessage, Promise<Viewer | null>>();

/** The viewer behind an HTTP request, looked up once however many parts of the request ask (one statement). */
export function viewerOfRequest(sources: ViewerSources, req: IncomingMessage): Promise<Viewer | null> {
  let viewer = looked.get(req);
  if (!viewer) looked.set(req, (viewer = viewerFromCredentials(sources, req.headers)));
  return viewer;
}
