/** Every password, session token and API key the suite used: none may ever appear in the server's logs. */
export const usedSecrets = new Set<string>();

/** Who sends a request: a session cookie, an API key, or nobody. */
export type Credentials = { cookie: string } | { apiKey: string } | null;

export type GraphQLError = { message: string; extensions?: { code?: string } };
export type GraphQLBody = { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
export type ApiResponse = { status: number; text: string; body: GraphQLBody | null; headers: Headers };

export function headersFor(credentials: Credentials): Record<string, string> {
  if (!credentials) return {};
  return 'cookie' in credentials ? { cookie: credentials.cookie } : { authorization: `Bearer ${credentials.apiKey}` };
}

/** POSTs raw bytes to /graphql (hostile inputs need to send what no client library would). */
export async function post(
  apiUrl: string,
  body: string | Uint8Array,
  headers: Record<string, string>,
  path = '/graphql',
): Promise<ApiResponse> {
  const response = await fetch(`${apiUrl}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
  });
  const text = await response.text();
  return { status: response.status, text, body: parseBody(text), headers: response.headers };
}

function parseBody(text: string): GraphQLBody | null {
  try {
    return JSON.parse(text) as GraphQLBody;
  } catch {
    return null; // not JSON: an HTML error page, or nothing
  }
}

export function graphql(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown>,
  credentials: Credentials,
): Promise<ApiResponse> {
  return post(apiUrl, JSON.stringify({ query, variables }), {
    'content-type': 'application/json',
    ...headersFor(credentials),
  });
}

/** Signs a seller user in; the session cookie to send back. */
export async function signIn(apiUrl: string, email: string, password = 'demo-password'): Promise<{ cookie: string }> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } userErrors { code } } }',
      variables: { input: { email, password } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('od_session='));
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${await response.text()}`);
  const pair = cookie.split(';')[0]!;
  usedSecrets.add(password).add(pair.slice(pair.indexOf('=') + 1));
  return { cookie: pair };
}

/** An API key of the signed-in owner's seller, with these scopes. */
export async function createApiKey(apiUrl: string, owner: { cookie: string }, scopes: string[]): Promise<string> {
  const response = await graphql(
    apiUrl,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { message } } }',
    { input: { name: `reliability ${scopes.join(' ')}`, scopes } },
    owner,
  );
  const secret = (response.body?.data?.createApiKey as { secret?: string } | undefined)?.secret;
  if (!secret) throw new Error(`createApiKey failed: ${response.text}`);
  usedSecrets.add(secret);
  return secret;
}

const STACK_OR_SQL =
  /\n\s+at\s|node_modules|\.ts:\d+|\.js:\d+|\bSELECT\b.*\bFROM\b|violates .* constraint|QueryFailedError/;

/** Why a response counts as a server failure: a 5xx, a masked internal error, a stack trace or SQL text. */
export function serverFailure(response: ApiResponse): string | null {
  if (response.status >= 500) return `HTTP ${response.status}`;
  if (response.body?.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
    return 'INTERNAL_SERVER_ERROR';
  if (STACK_OR_SQL.test(response.text)) return 'stack trace or SQL in the answer';
  return null;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** IDs of `owned` that an answer reveals although the request did not send them. */
export function leakedIds(responseText: string, sent: string, owned: ReadonlySet<string>): string[] {
  return [...new Set(responseText.match(UUID) ?? [])].filter((id) => owned.has(id) && !sent.includes(id));
}
