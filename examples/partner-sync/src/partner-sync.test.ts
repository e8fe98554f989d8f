import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { eventually, freePort } from '@order-desk/testing';
import { acceptPendingOrder } from './accept-order';
import { graphql } from './graphql';
import { OrderDeskClient } from './order-desk-client';
import { watchPaymentStatus } from './payment-status';
import { JsonFileCheckpointStore, MemoryCheckpointStore } from './sync/checkpoint-store';
import { MemoryOrderCopy, type SyncedOrder } from './sync/order-copy';
import { syncOrders } from './sync/sync-orders';
import { startOrderDesk, type OrderDeskServer } from './test/order-desk-server';
import { OwnerSetup } from './test/owner-setup';
import { ResponseCutter } from './test/response-cutter';
import { startWebhookReceiver, type OrderDeskEvent, type WebhookReceiver } from './webhook-receiver';

// The example partner app against a real Order Desk server (its build, on real PostgreSQL, with its
// Stripe stand-in), doing what docs/partner-api.md and docs/webhooks.md tell partners to do.

const OrderCount = graphql(`
  query OrderCount {
    orders {
      totalCount
    }
  }
`);

const PendingOrders = graphql(`
  query PendingOrders {
    orders(first: 100, filter: { status: PENDING }) {
      edges {
        node {
          id
          version
          buyerName
          paymentMethod
          customer {
            id
          }
          items {
            id
            quantity
          }
        }
      }
    }
  }
`);

const UpdateQuantity = graphql(`
  mutation UpdateQuantity($input: UpdateOrderItemQuantityInput!) {
    updateOrderItemQuantity(input: $input) {
      order {
        version
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const OrderTimeline = graphql(`
  query OrderTimeline($id: ID!) {
    order(id: $id) {
      status
      events {
        type
      }
    }
  }
`);

const ShipOrder = graphql(`
  mutation ShipOrder($input: SaveShipmentInput!) {
    saveShipment(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const CreateInvoiceDraft = graphql(`
  mutation CreateInvoiceDraft($input: CreateInvoiceDraftInput!) {
    createInvoiceDraft(input: $input) {
      invoice {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const ConfirmInvoice = graphql(`
  mutation ConfirmInvoice($input: ConfirmInvoiceInput!) {
    confirmInvoice(input: $input) {
      invoice {
        paymentStatus
      }
      userErrors {
        code
        message
      }
    }
  }
`);

// The demo buyers whose cards fail (README, "Demo sign-in").
const FAILING_CARDS = ['Fernwood General Store', 'Bramble & Birch', 'Prairie Rose Market', 'Hudson Valley Provisions'];

let desk: OrderDeskServer;
let apiKey: string;
let client: OrderDeskClient;
let webhookSecret: string;
let receiver: WebhookReceiver;
const events: OrderDeskEvent[] = [];
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partner-sync-'));
let editedOrderId = '';
let acceptedOrderId = '';

beforeAll(async () => {
  desk = await startOrderDesk();
  const owner = await OwnerSetup.signIn(desk.url);
  apiKey = await owner.createApiKey('ERP sync', ['ORDERS_WRITE', 'INVOICES_WRITE']);
  client = new OrderDeskClient({ url: desk.url, apiKey });
  const port = await freePort();
  webhookSecret = await owner.createWebhookEndpoint(`http://127.0.0.1:${port}/order-desk/webhooks`, [
    'ORDER_ACCEPTED',
    'INVOICE_PAID',
  ]);
  receiver = await startWebhookReceiver({
    secret: webhookSecret,
    port,
    onEvent: async (event) => void events.push(event),
  });
});

afterAll(async () => {
  await receiver?.close();
  await desk?.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('the partner sync example', () => {
  it('syncs every order, then exactly the change made since, resuming from the checkpoint file', async () => {
    const file = path.join(workDir, 'checkpoint.json');
    const copy = new MemoryOrderCopy();
    const sync = () => syncOrders({ client, checkpoint: new JsonFileCheckpointStore(file), copy });

    const first = await sync();
    const { orders } = (await client.request(OrderCount, {})).data;
    expect(orders.totalCount).toBeGreaterThan(100); // more than one page
    expect(first).toHaveLength(orders.totalCount);
    expect(copy.orders.size).toBe(orders.totalCount);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).cursor).toEqual(expect.any(String));

    const pending = [...copy.orders.values()].find((order) => order.status === 'PENDING')!;
    const item = pending.items[0]!;
    const editedAt = new Date().toISOString();
    const { updateOrderItemQuantity } = (
      await client.request(UpdateQuantity, {
        input: { orderItemId: item.id, quantity: item.quantity + 1, expectedVersion: pending.version },
      })
    ).data;
    expect(updateOrderItemQuantity).toEqual({ order: { version: pending.version + 1 }, userErrors: [] });
    editedOrderId = pending.id;

    // A change shows once every transaction older than it has ended: sync until it does.
    const changes: SyncedOrder[] = [];
    const seen = (list: SyncedOrder[]) =>
      list.map((order) => ({ id: order.id, version: order.version, quantity: order.items[0]?.quantity }));
    const expected = [{ id: pending.id, version: pending.version + 1, quantity: item.quantity + 1 }];
    await eventually(async () => {
      changes.push(...(await sync()));
      expect(seen(changes)).toEqual(expected);
    });
    expect(copy.orders.get(pending.id)?.version).toBe(pending.version + 1);
    expect(await sync()).toEqual([]); // nothing repeats

    // updatedSince: a first sync from a point in time, without the history.
    const fromEdit = await syncOrders({
      client,
      checkpoint: new MemoryCheckpointStore(),
      copy: new MemoryOrderCopy(),
      updatedSince: editedAt,
    });
    expect(seen(fromEdit)).toEqual(expected);
  });

  it('accepts a pending order once, retrying with the same Idempotency-Key after losing the answer', async () => {
    const order = await cardOrderToAccept();
    acceptedOrderId = order.id;
    const cutter = new ResponseCutter(new URL(desk.url));
    const throughFlakyNetwork = new OrderDeskClient({ url: await cutter.start(), apiKey });
    try {
      const accepted = await acceptPendingOrder(throughFlakyNetwork, {
        orderId: order.id,
        expectedVersion: order.version,
      });
      expect(cutter.cut).toBe(1); // the first answer was lost after the server acted
      expect(accepted).toEqual({
        order: { id: order.id, status: 'ACCEPTED', version: order.version + 1 },
        userErrors: [],
        replayed: true, // the retry got the kept answer
      });
      // Running the action again (a restart, a second worker) is answered the same, without acting.
      expect(await acceptPendingOrder(client, { orderId: order.id, expectedVersion: order.version })).toEqual(accepted);
    } finally {
      await cutter.stop();
    }
    const timeline = (await client.request(OrderTimeline, { id: order.id })).data.order!;
    expect(timeline.events.filter((event) => event.type === 'ORDER_ACCEPTED')).toHaveLength(1);

    // The acceptance's webhook reached the receiver and passed the Standard Webhooks check.
    await eventually(async () =>
      expect(events.filter((event) => event.type === 'order.accepted').map((event) => event.data.order?.id)).toEqual([
        order.id,
      ]),
    );
  });

  it('refuses webhooks that are forged, altered or replayed late, and handles a redelivery once', async () => {
    const body = JSON.stringify({ id: 'evt_probe', type: 'ping', createdAt: new Date().toISOString(), data: {} });
    const post = (headers: Record<string, string>, content = body) =>
      fetch(receiver.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: content,
      });
    const signed = (secret: string, at = new Date()) => ({
      'webhook-id': 'evt_probe',
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign('evt_probe', at, body),
    });
    const before = events.length;

    const otherSecret = `whsec_${Buffer.from('not the endpoint secret, 32 bytes').toString('base64')}`;
    expect((await post(signed(otherSecret))).status).toBe(400);
    expect((await post(signed(webhookSecret), body.replace('ping', 'order.accepted'))).status).toBe(400);
    expect((await post(signed(webhookSecret, new Date(Date.now() - 10 * 60_000)))).status).toBe(400);
    expect((await post({})).status).toBe(400);
    expect(events).toHaveLength(before);

    expect((await post(signed(webhookSecret))).status).toBe(204);
    expect((await post(signed(webhookSecret))).status).toBe(204); // at least once: the same id again
    expect(events.slice(before).map((event) => event.id)).toEqual(['evt_probe']);
  });

  it('sees the payment status change over graphql-ws when the card invoice is confirmed', async () => {
    const orderId = acceptedOrderId; // accepted by the test above
    expect(orderId).not.toBe('');
    const shipped = await client.request(ShipOrder, {
      input: {
        orderId,
        carrier: 'UPS',
        trackingNumbers: ['1Z999AA10123456784'],
        shippedOn: new Date().toISOString().slice(0, 10),
        shippingCost: 1250,
      },
    });
    expect(shipped.data.saveShipment.userErrors).toEqual([]);
    const draft = (await client.request(CreateInvoiceDraft, { input: { orderId } })).data.createInvoiceDraft;
    const invoiceId = draft.invoice!.id;

    const statuses: string[] = [];
    const subscriptionsBefore = await openSubscriptions();
    const watch = watchPaymentStatus({
      url: desk.url,
      apiKey,
      invoiceId,
      onChange: (invoice) => statuses.push(invoice.paymentStatus),
    });
    try {
      // Subscribed on the server before anything is paid.
      await eventually(async () => expect(await openSubscriptions()).toBe(subscriptionsBefore + 1));
      const confirmed = await client.request(
        ConfirmInvoice,
        { input: { invoiceId } },
        { idempotencyKey: `confirm-${invoiceId}` }, // required by money-moving mutations with an API key
      );
      expect(confirmed.data.confirmInvoice.userErrors).toEqual([]);
      await eventually(async () => expect(statuses.at(-1)).toBe('PAID'), 30_000);
      expect(statuses).toEqual(['PROCESSING', 'PAID']);
    } finally {
      await watch.close();
    }
    await eventually(async () =>
      expect(events.filter((event) => event.type === 'invoice.paid').map((event) => event.data.invoice?.id)).toEqual([
        invoiceId,
      ]),
    );
  });
});

/** A pending card order of an existing customer whose card works, other than the one the sync edited. */
async function cardOrderToAccept() {
  const { orders } = (await client.request(PendingOrders, {})).data;
  const order = orders.edges
    .map((edge) => edge.node)
    .find(
      (node) =>
        node.paymentMethod === 'CARD' &&
        node.customer &&
        node.id !== editedOrderId &&
        !FAILING_CARDS.includes(node.buyerName),
    );
  if (!order) throw new Error('the demo data has no pending card order of an existing customer');
  return order;
}

/** The server's gauge of open GraphQL subscriptions (/metrics, served on its port in development). */
async function openSubscriptions(): Promise<number> {
  const text = await (await fetch(`${desk.url}/metrics`)).text();
  return Number(/^order_desk_graphql_subscriptions (\d+)$/m.exec(text)?.[1]);
}
