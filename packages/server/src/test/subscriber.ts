import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A graphql-ws client of a test server, authenticated like the dashboard (the session cookie on the
 * upgrade request), collecting what one subscription pushes.
 */
export function subscribe<T>(
  serverUrl: string,
  cookie: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): { client: Client; received: T[]; errors: unknown[] } {
  const client = createClient({
    url: serverUrl.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, cookie ? { headers: { cookie } } : {});
      }
    },
    retryAttempts: 0,
  });
  const received: T[] = [];
  const errors: unknown[] = [];
  client.subscribe(
    { query, variables },
    {
      next: (value) => received.push(value.data as T),
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { client, received, errors };
}
