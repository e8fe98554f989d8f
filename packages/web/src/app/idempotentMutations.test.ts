import { ApolloClient, ApolloLink, gql, InMemoryCache, ServerError } from '@apollo/client';
import { Observable } from 'rxjs';
import { idempotentMutationLinks } from './idempotentMutations';

const ACCEPT = gql`
  mutation IdempotencyTestAccept {
    acceptOrder(input: { orderId: "o1" }) {
      __typename
    }
  }
`;
const ORDERS = gql`
  query IdempotencyTestMe {
    me {
      id
    }
  }
`;

/** A stand-in for the server: records each request's Idempotency-Key and fails the first `failures` with `fail()`. */
function server(failures: number, fail: () => Error) {
  const keys: (string | undefined)[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const headers = (operation.getContext().headers ?? {}) as Record<string, string>;
        keys.push(headers['Idempotency-Key']);
        if (keys.length <= failures) {
          observer.error(fail());
          return;
        }
        observer.next({ data: { acceptOrder: { __typename: 'AcceptOrderPayload' }, me: null } });
        observer.complete();
      }),
  );
  let counter = 0;
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([idempotentMutationLinks(() => `key-${++counter}`), link]),
  });
  return { client, keys };
}

const conflict = () => new ServerError('in progress', { response: new Response(null, { status: 409 }), bodyText: '' });

it('sends a new Idempotency-Key with each mutate call: one seller action, one key', async () => {
  const { client, keys } = server(0, conflict);
  await client.mutate({ mutation: ACCEPT });
  await client.mutate({ mutation: ACCEPT });
  expect(keys).toEqual(['key-1', 'key-2']);
});

it('retries a call whose request failed or is still running with the same key', async () => {
  const lost = server(1, () => new TypeError('Failed to fetch'));
  await lost.client.mutate({ mutation: ACCEPT });
  expect(lost.keys).toEqual(['key-1', 'key-1']);

  const running = server(2, conflict);
  await running.client.mutate({ mutation: ACCEPT });
  expect(running.keys).toEqual(['key-1', 'key-1', 'key-1']);
});

it('sends no key with a query and does not retry it', async () => {
  const { client, keys } = server(1, () => new TypeError('Failed to fetch'));
  await expect(client.query({ query: ORDERS })).rejects.toThrow('Failed to fetch');
  expect(keys).toEqual([undefined]);
});
