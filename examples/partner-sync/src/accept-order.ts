import { graphql } from './graphql';
import type { OrderDeskClient } from './order-desk-client';

const AcceptOrder = graphql(`
  mutation AcceptOrder($input: AcceptOrderInput!) {
    acceptOrder(input: $input) {
      order {
        id
        status
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Accepts a pending order (orders:write). The Idempotency-Key names this action, so the request can
 * be retried after a network failure or a crash (yours or ours) without accepting twice: a retry
 * gets the first answer back (`replayed`). `expectedVersion` is the version you read: if the order
 * changed since, the answer is the userError STALE_ORDER and nothing is done.
 */
export async function acceptPendingOrder(
  client: OrderDeskClient,
  { orderId, expectedVersion }: { orderId: string; expectedVersion: number },
) {
  const { data, replayed } = await client.request(
    AcceptOrder,
    { input: { orderId, expectedVersion } },
    { idempotencyKey: `accept-${orderId}-v${expectedVersion}` },
  );
  return { ...data.acceptOrder, replayed };
}
