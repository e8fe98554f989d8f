import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { tap } from 'rxjs';
import { isUnauthenticatedError, isUnreachableError } from '../lib/requestErrors';
import { apiReachability } from './apiReachability';
import { idempotentMutationLinks } from './idempotentMutations';

/** Same origin in production (the server serves the SPA) and via the Vite proxy in development. */
export const GRAPHQL_PATH = '/graphql';

export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${GRAPHQL_PATH}`;
}

/**
 * Money, addresses and the like have no identity of their own: they are stored inside their
 * parent and replaced wholesale when a newer value arrives (`merge: true` keeps Apollo from
 * warning about data loss when, say, an order's totals change).
 */
/** A connection read a page at a time: the next page (`after`) is appended, a first page starts over. */
function appendPages(
  existing: { edges: unknown[] } | undefined,
  incoming: { edges: unknown[] },
  { args }: { args: Record<string, unknown> | null },
) {
  if (!existing || !args?.['after']) return incoming;
  return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
}

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // Every (filter, cursor) combination is its own page: the default keyArgs (all args) are
      // what we want, spelled out here so nobody "fixes" it into an infinite list.
      orders: { keyArgs: ['filter', 'first', 'after', 'last', 'before'] },
      orderStatusCounts: { keyArgs: ['filter'] },
      // The pickers (buyers, catalogue, customers) read one page per search and page size.
      buyersConnection: { keyArgs: ['search', 'first'] },
      catalogueVariantsConnection: { keyArgs: ['search', 'first'] },
      // "Show older deliveries" appends the next page; a first page (refetch) starts over.
      webhookDeliveries: { keyArgs: ['endpointId'], merge: appendPages },
      // "Load more customers" likewise; each search (and page size, so the customer picker's
      // 20 never mixes with the Customers page's list) is its own list.
      customersConnection: { keyArgs: ['search', 'first'], merge: appendPages },
      // An order already in the cache (e.g. from the list) is found by its id; missing fields
      // are then fetched from the network.
      order: {
        read(existing: unknown, { args, toReference }) {
          if (existing !== undefined) return existing;
          const id: unknown = args?.['id'];
          return typeof id === 'string' ? toReference({ __typename: 'Order', id }) : undefined;
        },
      },
    },
  },
  Money: { keyFields: false, merge: true },
  Address: { keyFields: false, merge: true },
  Actor: { keyFields: false, merge: true },
  PageInfo: { keyFields: false, merge: true },
  OrderStatusCounts: { keyFields: false, merge: true },
  OrderStatusCount: { keyFields: false },
  // An invoice's document is replaced as a whole: the live preview of a draft, then the frozen
  // snapshot once it is issued.
  InvoiceDocument: { keyFields: false, merge: true },
  CreditNoteDocument: { keyFields: false, merge: true },
  InvoiceParty: { keyFields: false, merge: true },
  InvoiceShipment: { keyFields: false, merge: true },
  InvoiceLine: { keyFields: false },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}

export interface AppApolloClient {
  client: ApolloClient;
  /** Closes the subscription socket so the next one is opened with the current session cookie. */
  restartWebSocket: () => void;
}

export function createApolloClient(options: { onUnauthenticated: () => void }): AppApolloClient {
  const httpLink = new HttpLink({
    uri: GRAPHQL_PATH,
    // The session is an httpOnly cookie; HttpLink's default content-type (application/json)
    // satisfies the server's CSRF prevention.
    credentials: 'include',
  });

  const wsClient: WsClient = createClient({
    url: graphqlWsUrl(window.location),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  const wsLink = new GraphQLWsLink(wsClient);

  const errorLink = new ErrorLink(({ error }) => {
    if (isUnauthenticatedError(error)) options.onUnauthenticated();
    if (isUnreachableError(error)) apiReachability.markUnreachable();
  });
  // Any answer means the API is back (the banner's own checks may not have noticed yet).
  const answeredLink = new ApolloLink((operation, forward) =>
    forward(operation).pipe(tap(() => apiReachability.markReachable())),
  );

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink,
    httpLink,
  );

  const client = new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([errorLink, answeredLink, idempotentMutationLinks(), transport]),
    clientAwareness: { name: 'order-desk-web', version: '0.1.0' },
  });

  return { client, restartWebSocket: () => wsClient.terminate() };
}
