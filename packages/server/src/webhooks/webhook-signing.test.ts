import { Webhook } from 'standardwebhooks';
import { eventually, verifyWebhookSignature, WebhookReceiver, type ReceivedWebhook } from '@order-desk/testing';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';
import { parseEvent, WebhookClient, type UserErrors } from '../test/webhook-client';

let app: TestApp;
let receiver: WebhookReceiver;
let hooks: WebhookClient;
let seed: SeedFixtures;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startTestApp();
  receiver = new WebhookReceiver();
  hooks = new WebhookClient(await app.signIn('owner@demo-brand.test'), await receiver.start());
  seed = new SeedFixtures(app.db.dataSource);
});
afterAll(async () => {
  await app.close();
  await receiver.stop();
});

/** The Standard Webhooks library's own check, as a partner runs it. */
const acceptsStandard = (secret: string, request: ReceivedWebhook) => {
  try {
    new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
};
const legacyHeader = (request: ReceivedWebhook) => request.headers['order-desk-signature'] as string;

async function received(eventId: string): Promise<ReceivedWebhook> {
  await eventually(async () => expect(receiver.forEvent(eventId)).toHaveLength(1));
  return receiver.forEvent(eventId)[0]!;
}

async function rotate(endpointId: string, overlapHours?: number) {
  return hooks.mutate<{ secret: string; endpoint: { previousSecretExpiresAt: string | null }; userErrors: UserErrors }>(
    'rotateWebhookEndpointSecret',
    'RotateWebhookEndpointSecretInput',
    { endpointId, overlapHours },
    'secret endpoint { previousSecretExpiresAt }',
  );
}

describe('Standard Webhooks signatures', () => {
  it('sends webhook-id, webhook-timestamp and webhook-signature beside the deprecated header', async () => {
    const { id, secret } = await hooks.createEndpoint(['ORDER_PLACED']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9]{43}$/);
    const ping = await hooks.ping(id);
    const request = await received(ping.eventId);
    expect(request.headers['webhook-id']).toBe(ping.eventId);
    expect(Number(request.headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -2);
    expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(acceptsStandard(secret, request)).toBe(true);
    expect(acceptsStandard(secret, { ...request, body: `${request.body} ` })).toBe(false);
    expect(verifyWebhookSignature(secret, request.body, legacyHeader(request))).toBe(true);
    await hooks.deleteEndpoint(id);
  });
});

describe('secret rotation', () => {
  it('signs with both secrets during the overlap, then with the new one only', async () => {
    const { id, secret: oldSecret } = await hooks.createEndpoint(['ORDER_PLACED']);
    const rotated = await rotate(id);
    expect(rotated.userErrors).toEqual([]);
    const overlapEnds = new Date(rotated.endpoint.previousSecretExpiresAt!).getTime();
    expect(overlapEnds - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    expect(overlapEnds - Date.now()).toBeLessThanOrEqual(24 * 3600_000);

    const during = await received((await hooks.ping(id)).eventId);
    expect(during.headers['webhook-signature']).toMatch(/^v1,\S+ v1,\S+$/);
    for (const secret of [oldSecret, rotated.secret]) {
      expect(acceptsStandard(secret, during)).toBe(true);
      expect(verifyWebhookSignature(secret, during.body, legacyHeader(during))).toBe(true);
    }

    // The overlap ends (moved into the past in the database rather than waited for).
    await app.db.dataSource.query(
      `UPDATE webhook_endpoints SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    const after = await received((await hooks.ping(id)).eventId);
    expect(after.headers['webhook-signature']).toMatch(/^v1,\S+$/);
    expect(acceptsStandard(rotated.secret, after)).toBe(true);
    expect(acceptsStandard(oldSecret, after)).toBe(false);
    expect(verifyWebhookSignature(oldSecret, after.body, legacyHeader(after))).toBe(false);
    await hooks.deleteEndpoint(id);
  });

  it('takes an overlap of 0 to 168 hours; 0 drops the old secret at once', async () => {
    const { id, secret: oldSecret } = await hooks.createEndpoint(['ORDER_PLACED']);
    expect((await rotate(id, 169)).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'overlapHours'] }),
    ]);
    const rotated = await rotate(id, 0);
    expect(rotated.endpoint.previousSecretExpiresAt).toBeNull();
    const request = await received((await hooks.ping(id)).eventId);
    expect(acceptsStandard(rotated.secret, request)).toBe(true);
    expect(acceptsStandard(oldSecret, request)).toBe(false);
    await hooks.deleteEndpoint(id);
  });
});

describe('shipment events', () => {
  it('sends shipment.saved with the shipment, then shipment.updated with before and after', async () => {
    const { id, secret } = await hooks.createEndpoint(['SHIPMENT_SAVED', 'SHIPMENT_UPDATED']);
    const order = await seed.pendingOrder('Demo Brand');
    await hooks.mutate('acceptOrder', 'AcceptOrderInput', { orderId: order.id }, '');
    const ship = (trackingNumbers: string[]) =>
      hooks.mutate<{ userErrors: UserErrors }>(
        'saveShipment',
        'SaveShipmentInput',
        { orderId: order.id, carrier: 'UPS', trackingNumbers, shippedOn: today, shippingCost: 900 },
        '',
      );
    expect((await ship(['1Z1'])).userErrors).toEqual([]);
    expect((await ship(['1Z1', '1Z2'])).userErrors).toEqual([]);
    const forOrder = () => receiver.received.filter((request) => parseEvent(request).data.order?.id === order.id);
    await eventually(async () => expect(forOrder()).toHaveLength(2));
    const [saved, updated] = forOrder()
      .map((request) => {
        expect(acceptsStandard(secret, request)).toBe(true);
        return parseEvent(request);
      })
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(saved).toMatchObject({
      type: 'shipment.saved',
      data: { shipment: { carrier: 'UPS', trackingNumbers: ['1Z1'], cost: { amount: 900, currency: 'USD' } } },
    });
    expect(updated).toMatchObject({
      type: 'shipment.updated',
      data: {
        shipment: { trackingNumbers: ['1Z1', '1Z2'], shippedOn: today },
        change: { before: { trackingNumbers: ['1Z1'] }, after: { trackingNumbers: ['1Z1', '1Z2'] } },
      },
    });
    await hooks.deleteEndpoint(id);
  });
});

describe('test events per type', () => {
  const sample = (endpointId: string, eventType: string) =>
    hooks.mutate<{ delivery: { eventId: string; eventType: string; test: boolean } | null; userErrors: UserErrors }>(
      'sendWebhookSampleEvent',
      'SendWebhookSampleEventInput',
      { endpointId, eventType },
      'delivery { eventId eventType test }',
    );

  it('sends a marked sample when the seller has no such event, else a copy of the latest real one', async () => {
    const { id, secret } = await hooks.createEndpoint(['ORDER_ACCEPTED']);
    const made = await sample(id, 'REFUND_FAILED');
    expect(made.delivery).toMatchObject({ eventType: 'refund.failed', test: true });
    const madeUp = await received(made.delivery!.eventId);
    expect(acceptsStandard(secret, madeUp)).toBe(true);
    expect(parseEvent(madeUp)).toMatchObject({ type: 'refund.failed', test: true, sample: true });
    expect(parseEvent(madeUp).data.invoice).toMatchObject({ status: 'ISSUED' });

    const order = await seed.pendingOrder('Demo Brand');
    await hooks.mutate('acceptOrder', 'AcceptOrderInput', { orderId: order.id }, '');
    await eventually(async () =>
      expect((await hooks.deliveries(id)).filter((d) => !d.test).map((d) => d.status)).toEqual(['SUCCEEDED']),
    );
    const real = parseEvent(receiver.received.find((r) => parseEvent(r).data.order?.id === order.id)!);
    const copied = await sample(id, 'ORDER_ACCEPTED');
    const copy = parseEvent(await received(copied.delivery!.eventId));
    expect(copy).toMatchObject({ type: 'order.accepted', test: true, data: real.data });
    expect(copy.id).not.toBe(real.id);
    expect(copy.sample).toBeUndefined();

    await hooks.mutate('updateWebhookEndpoint', 'UpdateWebhookEndpointInput', { endpointId: id, enabled: false }, '');
    expect((await sample(id, 'ORDER_PLACED')).userErrors[0]).toMatchObject({ code: 'ENDPOINT_DISABLED' });
    await hooks.deleteEndpoint(id);
  });
});
