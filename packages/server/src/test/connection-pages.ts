import type { GraphQLClient } from './test-app';

/** A connection as the tests select it: at least pageInfo's hasNextPage and endCursor, and nodes. */
export type TestConnection<N> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage?: boolean; startCursor?: string | null; endCursor: string | null };
  edges: { cursor: string; node: N }[];
};

/** Every node of a connection, following endCursor page by page (`query` takes $first and $after). */
export async function allPages<N extends { id: string }>(
  client: GraphQLClient,
  query: string,
  field: string,
  variables: Record<string, unknown>,
  first: number,
): Promise<{ ids: string[]; nodes: N[]; totalCount: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, TestConnection<N>> = await client.data(query, { ...variables, first, after });
    const page = data[field]!;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return { ids: nodes.map((n) => n.id), nodes, totalCount: page.totalCount };
    after = page.pageInfo.endCursor;
  }
}
