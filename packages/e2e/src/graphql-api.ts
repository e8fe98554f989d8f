import type { Page } from 'playwright-core';

/**
 * Calls the app's GraphQL API as the signed-in browser does (the page's cookies), for picking test
 * data and checking what the UI did. Fails on GraphQL errors.
 */
export async function graphqlAs<T>(
  page: Page,
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const post = () =>
    page.request.post(`${baseUrl}/graphql`, {
      data: { query, variables },
      headers: { 'content-type': 'application/json' },
    });
  // A kept-alive connection the server closed as the request went out never reached it: send again.
  const response = await post().catch((error: Error) => {
    if (/socket hang up|ECONNRESET/.test(error.message)) return post();
    throw error;
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!response.ok() || body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${response.status()}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** `"$1,234.50"` → 123450 (minor units of a two-decimal currency). */
export function cents(text: string): number {
  const match = /-?\$?([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`not a dollar amount: ${JSON.stringify(text)}`);
  const [, whole = '0', fraction = '0'] = match;
  const value = Number(whole.replace(/,/g, '')) * 100 + Number(fraction);
  return text.trim().startsWith('-') ? -value : value;
}
