import type { IncomingMessage } from 'node:http';
import { pathOf } from './node-http';

/** The paths Express's `app.use('/graphql')` matched: /graphql and below it, in any case. */
const GRAPHQL_PATH = /^\/graphql(?:\/|$)/i;

/**
 * Whether a request is for /graphql (the path of an origin-form or absolute-form request target).
 * Imports nothing that is traced: tracing-sdk.ts names the HTTP span with it before the modules it traces load.
 */
export function isGraphQLRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '/';
  const path = url.startsWith('/') ? pathOf(url) : pathOfAbsolute(url);
  return GRAPHQL_PATH.test(path);
}

function pathOfAbsolute(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
