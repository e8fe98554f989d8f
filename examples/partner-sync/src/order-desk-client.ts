import { setTimeout as delay } from 'node:timers/promises';
import type { TypedDocumentString } from './graphql/graphql';

/** A GraphQL error of the request as a whole (`errors[]`), with its HTTP status and `extensions.code`s. */
export class OrderDeskError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly codes: string[],
  ) {
    super(message);
    this.name = 'OrderDeskError';
  }
}

export type Answer<Result> = {
  data: Result;
  /** True when the server answered a retry from what it kept for this Idempotency-Key (nothing ran again). */
  replayed: boolean;
};

export type ClientOptions = {
  /** The server, e.g. http://localhost:4000. */
  url: string;
  /** The API key's secret (odk_…), sent as `Authorization: Bearer …`. */
  apiKey?: string;
  /** Other headers for every request (the tests sign in as the owner with a session cookie). */
  headers?: Record<string, string>;
  /** Tries per request when the network fails or the server asks to come back later (default 5). */
  attempts?: number;
  /** How long one try may take before it counts as a network failure (default 30 s). */
  timeoutMs?: number;
};

type GraphQLBody<Result> = { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };

/**
 * Sends queries and mutations over HTTP (POST /graphql). A request is retried, with the same body
 * and the same Idempotency-Key, when the network fails (no answer, or a timeout: the server may have
 * acted), when the key's first request is still running (409, Retry-After) and when the budget is
 * short (429, Retry-After). A mutation without an Idempotency-Key is never sent twice.
 */
export class OrderDeskClient {
  constructor(private readonly options: ClientOptions) {}

  async request<Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    variables: Variables,
    { idempotencyKey }: { idempotencyKey?: string } = {},
  ): Promise<Answer<Result>> {
    const query = document.toString();
    const body = JSON.stringify({ query, variables });
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...this.options.headers,
    };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const repeatable = idempotencyKey !== undefined || !/^\s*mutation\b/.test(query);
    const attempts = this.options.attempts ?? 5;

    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(`${this.options.url}/graphql`, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        // No answer: the server may or may not have acted. Only a repeatable request goes again.
        if (!repeatable || attempt >= attempts) throw error;
        await delay(backoffMs(attempt));
        continue;
      }
      if (GATEWAY_FAILURES.has(response.status) && repeatable && attempt < attempts) {
        await delay(backoffMs(attempt)); // a proxy in front of the server lost it: as good as no answer
        continue;
      }
      const answer = (await response.json().catch(() => ({}))) as GraphQLBody<Result>;
      const codes = (answer.errors ?? []).map((error) => error.extensions?.code ?? 'UNKNOWN');
      const comeBack = codes.includes('IDEMPOTENCY_KEY_IN_PROGRESS') || codes.includes('THROTTLED');
      if (comeBack && attempt < attempts) {
        await delay(Number(response.headers.get('retry-after') ?? 1) * 1000);
        continue;
      }
      if (answer.errors?.length || !answer.data) {
        const message = answer.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`;
        throw new OrderDeskError(message, response.status, codes);
      }
      return { data: answer.data, replayed: response.headers.get('idempotent-replayed') === 'true' };
    }
  }
}

const GATEWAY_FAILURES = new Set([502, 503, 504]);

/** 0.5 s, 1 s, 2 s … with jitter, at most 8 s. */
function backoffMs(attempt: number): number {
  return Math.min(8000, 500 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
}
