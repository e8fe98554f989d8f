import crypto from 'node:crypto';
import { SYSTEM_ACTOR } from '../auth/actor';
import { QUEUES } from '../jobs/job-queue';
import { recordOrderEvent } from '../order-engine/order-timeline';
import { OrderEventType } from '../order-engine/order-event-type';
import { eventually } from '@order-desk/testing';
import {
  app,
  createEndpoint,
  DELETE,
  deliveries,
  ERRORS,
  expectSigned,
  owner,
  parse,
  PING,
  receiver,
  receiverUrl,
  RESEND,
  run,
  seed,
  setUpWebhooksApp,
  UPDATE,
  type Event,
  type UserErrors,
} from './webhooks.fixtures';

setUpWebhooksApp();

const today = new Date().toISOString().slice(0, 10);

async function placeOrder(): Promise<{ id: string; number: number }> {
  const [customer] = await app.db.dataSource.query(
    `SELECT b.id AS buyer_id, s.id AS seller_id FROM buyers b
       JOIN customers c ON c.buyer_id = b.id JOIN sellers s ON s.id = c.seller_id AND s.name = 'Demo Brand'
      WHERE b.default_payment_method = 'CARD' AND b.company_name = 'Little Otter Home'`,
  );
  return app.app.services.orderIntake.placeOrder({
    sellerId: customer.seller_id,
    buyerId: customer.buyer_id,
    lines: [
      { sku: 'CSC-08', quantity: 6 },
      { sku: 'LHC-2', quantity: 12 },
    ],
  });
}

describe('delivery of order events', () => {
  it('sends each subscribed event, signed, with the order as the change left it, until the invoice is paid', async () => {
    const { endpoint, secret } = await createEndpoint({ description: 'ERP' });
    expect(secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(endpoint).toMatchObject({ url: receiverUrl, description: 'ERP', enabled: true });

    const order = await placeOrder();
    await run(`mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { ${ERRORS} } }`, {
      orderId: order.id,
    });
    await run(`mutation($input: SaveShipmentInput!) { saveShipment(input: $input) { ${ERRORS} } }`, {
      orderId: order.id,
      carrier: 'UPS',
      trackingNumbers: ['1Z1'],
      shippedOn: today,
      shippingCost: 1500,
    });
    const draft = await run(
      `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } ${ERRORS} } }`,
      { orderId: order.id },
    );
    await run(`mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { ${ERRORS} } }`, {
      invoiceId: draft.invoice!.id,
    });

    const forOrder = () => receiver.received.filter((request) => parse(request).data.order?.id === order.id);
    await eventually(async () => expect(forOrder()).toHaveLength(4));
    const events = forOrder()
      .map((request) => {
        expectSigned(request, secret);
        return parse(request);
      })
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(events.map((event) => event.type)).toEqual([
      'order.placed',
      'order.accepted',
      'invoice.issued',
      'invoice.paid',
    ]);
    // The event id is the timeline entry's id: receivers dedupe with it.
    const timeline = await app.db.dataSource.query(`SELECT id, type FROM order_events WHERE order_id = $1`, [order.id]);
    for (const event of events) expect(timeline.map((entry: { id: string }) => entry.id)).toContain(event.id);

    const [placed, accepted, issued, paid] = events as [Event, Event, Event, Event];
    expect(placed.data.order).toMatchObject({ id: order.id, number: order.number, status: 'PENDING' });
    expect(placed.data.order!.items).toHaveLength(2);
    expect(placed.data.invoice).toBeNull();
    expect(accepted.data.order).toMatchObject({ status: 'ACCEPTED', total: { currency: 'USD' } });
    expect(accepted.data.order!.total.amount).toBe(placed.data.order!.total.amount);
    expect(issued.data.invoice).toMatchObject({ id: draft.invoice!.id, status: 'ISSUED', paymentStatus: 'UNPAID' });
    expect(issued.data.order!.total.amount).toBe(placed.data.order!.total.amount + 1500);
    expect(paid.data.invoice).toMatchObject({ id: draft.invoice!.id, paymentStatus: 'PAID' });
    expect(paid.data.order!.paymentStatus).toBe('PAID');
    expect(paid.data.payment).toMatchObject({ status: 'PAID', method: 'CARD', attempt: 1 });

    const log = await deliveries(endpoint.id);
    expect(log.filter((delivery) => events.some((event) => event.id === delivery.eventId))).toHaveLength(4);
    for (const delivery of log) {
      expect(delivery).toMatchObject({ status: 'SUCCEEDED', attempts: 1, lastStatusCode: 200, lastError: null });
      expect(delivery.attemptLog).toEqual([
        expect.objectContaining({ attempt: 1, statusCode: 200, responseExcerpt: 'ok' }),
      ]);
    }
    await run(DELETE, { endpointId: endpoint.id });
  });

  it('sends a split once, with both orders, and pending-order edits as order.edited', async () => {
    const { endpoint } = await createEndpoint({ events: ['ORDER_SPLIT', 'ORDER_EDITED'] });
    const order = await seed.pendingOrder('Demo Brand', { minItems: 3 });
    const split = await run(
      `mutation($input: SplitOrderInput!) { splitOrder(input: $input) { order { version } newOrder { id } ${ERRORS} } }`,
      { orderId: order.id, itemIds: [order.itemIds[0]], expectedVersion: order.version },
    );
    await run(
      `mutation($input: UpdateOrderItemQuantityInput!) { updateOrderItemQuantity(input: $input) { ${ERRORS} } }`,
      { orderItemId: order.itemIds[1], quantity: 7, expectedVersion: split.order!.version },
    );
    await eventually(async () =>
      expect((await deliveries(endpoint.id)).map((delivery) => delivery.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']),
    );
    const events = receiver.received.map(parse).filter((event) => event.data.order?.id === order.id);
    const splitEvent = events.find((event) => event.type === 'order.split')!;
    expect(splitEvent.data.splitOrder).toMatchObject({ id: split.newOrder!.id, parentOrderId: order.id });
    expect(splitEvent.data.splitOrder!.items.map((item) => item.id)).toEqual([order.itemIds[0]]);
    const edit = events.find((event) => event.type === 'order.edited')!;
    expect(edit.data.change).toMatchObject({ kind: 'ITEM_QUANTITY_UPDATED', after: 7 });
    expect(edit.data.order!.items.find((item) => item.id === order.itemIds[1])!.quantity).toBe(7);
    await run(DELETE, { endpointId: endpoint.id });
  });

  it('sends nothing for a change that rolls back, nor to disabled or unsubscribed endpoints', async () => {
    const { endpoint } = await createEndpoint({ events: ['ORDER_ACCEPTED'] });
    const unsubscribed = await createEndpoint({ events: ['INVOICE_PAID'] });
    const disabled = await createEndpoint({ events: ['ORDER_ACCEPTED'] });
    await run(UPDATE, { endpointId: disabled.endpoint.id, enabled: false });
    const order = await seed.pendingOrder('Demo Brand');
    const sellerId = await seed.sellerId('Demo Brand');
    await expect(
      app.db.dataSource.transaction(async (tx) => {
        await recordOrderEvent(tx, { id: order.id, sellerId }, SYSTEM_ACTOR, {
          type: OrderEventType.ORDER_ACCEPTED,
          summary: 'Order accepted',
        });
        throw new Error('the change fails after its event was recorded');
      }),
    ).rejects.toThrow('the change fails');
    const [{ count }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS count FROM webhook_deliveries WHERE endpoint_id = ANY($1::uuid[])`,
      [[endpoint.id, unsubscribed.endpoint.id, disabled.endpoint.id]],
    );
    expect(count).toBe(0);
    await run(`mutation($input: AcceptOrderInput!) { acceptOrder(input: $input) { ${ERRORS} } }`, {
      orderId: order.id,
    });
    await eventually(async () =>
      expect((await deliveries(endpoint.id)).map((delivery) => delivery.status)).toEqual(['SUCCEEDED']),
    );
    expect(await deliveries(unsubscribed.endpoint.id)).toEqual([]);
    expect(await deliveries(disabled.endpoint.id)).toEqual([]);
    for (const id of [endpoint.id, unsubscribed.endpoint.id, disabled.endpoint.id])
      await run(DELETE, { endpointId: id });
  });
});

describe('retries', () => {
  it('retries a failing receiver with backoff until it succeeds, logging every try', async () => {
    const { endpoint, secret } = await createEndpoint({});
    receiver.respond = (request) =>
      receiver.forEvent(request.headers['order-desk-event-id'] as string).length < 3 ? 500 : 200;
    const delivery = (await run(PING, { endpointId: endpoint.id })).delivery!;
    expect(delivery.status).toBe('PENDING');
    await eventually(async () => {
      const [logged] = await deliveries(endpoint.id);
      expect(logged).toMatchObject({ status: 'SUCCEEDED', attempts: 3, lastStatusCode: 200 });
    }, 30_000);
    const [logged] = await deliveries(endpoint.id);
    expect(logged!.attemptLog.map((attempt) => attempt.statusCode)).toEqual([500, 500, 200]);
    expect(logged!.attemptLog[0]).toMatchObject({
      error: 'The endpoint answered HTTP 500',
      responseExcerpt: 'receiver is down',
    });
    const tries = receiver.forEvent(delivery.eventId);
    expect(tries).toHaveLength(3);
    for (const request of tries) expectSigned(request, secret);
    expect(parse(tries[0]!)).toMatchObject({ type: 'ping', data: { endpoint: { id: endpoint.id } } });
    expect(new Set(tries.map((request) => request.body)).size).toBe(1);
    // Backoff: the second retry waited longer than the first.
    const gaps = [tries[1]!.receivedAt - tries[0]!.receivedAt, tries[2]!.receivedAt - tries[1]!.receivedAt];
    expect(gaps[0]).toBeGreaterThanOrEqual(900);
    expect(gaps[1]).toBeGreaterThanOrEqual(1_900);
    await run(DELETE, { endpointId: endpoint.id });
  }, 40_000);

  it('marks a delivery FAILED when its retries run out, and resends it on request', async () => {
    const { endpoint } = await createEndpoint({});
    receiver.respond = () => 503;
    const delivery = (await run(PING, { endpointId: endpoint.id })).delivery!;
    await eventually(async () => {
      const [logged] = await deliveries(endpoint.id);
      expect(logged).toMatchObject({ status: 'FAILED', attempts: 3, lastStatusCode: 503 });
    }, 30_000);
    // The receiver holds its answer to the resend until the second resend has been refused: the
    // resend's job starts at its commit, so the delivery would otherwise be sent already.
    let answer!: () => void;
    const answered = new Promise<number>((resolve) => (answer = () => resolve(200)));
    receiver.respond = () => answered;
    const resent = await run(RESEND, { deliveryId: delivery.id });
    expect(resent.delivery).toMatchObject({ id: delivery.id, status: 'PENDING' });
    const again = await owner.data<{ resendWebhookDelivery: { userErrors: UserErrors } }>(RESEND, {
      input: { deliveryId: delivery.id },
    });
    expect(again.resendWebhookDelivery.userErrors[0]?.code).toBe('DELIVERY_PENDING');
    answer();
    await eventually(async () => {
      const [logged] = await deliveries(endpoint.id);
      expect(logged).toMatchObject({ status: 'SUCCEEDED', attempts: 4, lastStatusCode: 200 });
    });
    expect(receiver.forEvent(delivery.eventId)).toHaveLength(4);
    // The job out of retries left its dead letter, which found the delivery already failed.
    const [{ letters }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS letters FROM pgboss.job WHERE name = $1 AND data->>'deliveryId' = $2`,
      [QUEUES.WEBHOOK_GAVE_UP, delivery.id],
    );
    expect(letters).toBe(1);
    await run(DELETE, { endpointId: endpoint.id });
  }, 40_000);

  it('fails a delivery whose last try never finished (a crash), through its job’s dead letter', async () => {
    const { endpoint } = await createEndpoint({});
    const sellerId = await seed.sellerId('Demo Brand');
    const [stuck] = await app.db.dataSource.query(
      `INSERT INTO webhook_deliveries (seller_id, endpoint_id, event_id, event_type, body, attempts)
       VALUES ($1, $2, gen_random_uuid(), 'ping', '{}', 3) RETURNING id, job_id`,
      [sellerId, endpoint.id],
    );
    // A dead letter of an older job (before a resend) changes nothing…
    await app.app.boss.send(QUEUES.WEBHOOK_GAVE_UP, { deliveryId: stuck.id, jobId: crypto.randomUUID() });
    // …the current job's does.
    await app.app.boss.send(QUEUES.WEBHOOK_GAVE_UP, { deliveryId: stuck.id, jobId: stuck.job_id });
    await eventually(async () => {
      const [logged] = await deliveries(endpoint.id);
      expect(logged).toMatchObject({ status: 'FAILED', lastError: 'The last try did not finish.' });
    });
    await run(DELETE, { endpointId: endpoint.id });
  });
});
