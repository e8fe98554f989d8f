import { eventually, WebhookReceiver } from '@order-desk/testing';
import { QUEUES } from '../jobs/job-queue';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';
import { parseEvent, WebhookClient, type UserErrors } from '../test/webhook-client';

let app: TestApp;
let receiver: WebhookReceiver;
let hooks: WebhookClient;
let seed: SeedFixtures;

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
afterEach(() => {
  receiver.respond = () => 200;
});

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const replay = (endpointId: string, from: Date, to: Date) =>
  hooks.mutate<{ replayedCount: number | null; userErrors: UserErrors }>(
    'replayWebhookEvents',
    'ReplayWebhookEventsInput',
    { endpointId, from: from.toISOString(), to: to.toISOString() },
    'replayedCount',
  );

describe('replay', () => {
  it("sends the endpoint's events of the range again, same id and body, each delivery marked as a replay", async () => {
    const { id } = await hooks.createEndpoint(['ORDER_ACCEPTED']);
    const orders = [await seed.pendingOrder('Demo Brand'), await seed.pendingOrder('Demo Brand')];
    for (const order of orders) await hooks.mutate('acceptOrder', 'AcceptOrderInput', { orderId: order.id }, '');
    const ping = await hooks.ping(id);
    await eventually(async () =>
      expect((await hooks.deliveries(id)).map((d) => d.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']),
    );
    const [older, newer] = (await hooks.deliveries(id)).filter((d) => !d.test).reverse();
    // The first event happened two days ago, the second today: moved in the database, not waited for.
    await app.db.dataSource.query(`UPDATE webhook_deliveries SET created_at = $2 WHERE id = $1`, [
      older!.id,
      daysAgo(2),
    ]);
    await app.db.dataSource.query(`UPDATE webhook_deliveries SET created_at = $2 WHERE id = $1`, [ping.id, daysAgo(2)]);

    const replayed = await replay(id, daysAgo(3), daysAgo(1));
    expect(replayed).toEqual({ replayedCount: 1, userErrors: [] });
    await eventually(async () => expect(receiver.forEvent(older!.eventId)).toHaveLength(2));
    const [first, again] = receiver.forEvent(older!.eventId);
    expect(again!.body).toBe(first!.body);
    expect(again!.headers['webhook-id']).toBe(older!.eventId);
    expect(again!.headers['order-desk-delivery-id']).not.toBe(first!.headers['order-desk-delivery-id']);
    expect(receiver.forEvent(newer!.eventId)).toHaveLength(1);
    expect(receiver.forEvent(ping.eventId)).toHaveLength(1); // test events are not replayed

    // The receiver has the replay; its delivery is marked once the worker has read the answer.
    await eventually(async () =>
      expect((await hooks.deliveries(id)).filter((d) => d.replayOf === older!.id)).toEqual([
        expect.objectContaining({ eventId: older!.eventId, status: 'SUCCEEDED' }),
      ]),
    );
    // A replay is not replayed again.
    expect(await replay(id, daysAgo(3), new Date(Date.now() + 60_000))).toMatchObject({ replayedCount: 2 });
    await hooks.deleteEndpoint(id);
  });

  it('refuses a reversed range and more than 1,000 events, queueing nothing', async () => {
    const { id } = await hooks.createEndpoint(['ORDER_ACCEPTED']);
    expect((await replay(id, daysAgo(1), daysAgo(2))).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_TIME_RANGE', field: ['input', 'to'] }),
    ]);
    const sellerId = await seed.sellerId('Demo Brand');
    await app.db.dataSource.query(
      `INSERT INTO webhook_deliveries (seller_id, endpoint_id, event_id, event_type, body, status, delivered_at, created_at)
       SELECT $1, $2, gen_random_uuid(), 'order.accepted', '{}', 'SUCCEEDED', now(), now() - interval '10 days' + n * interval '1 second'
         FROM generate_series(1, 1001) AS n`,
      [sellerId, id],
    );
    const count = async () =>
      (
        await app.db.dataSource.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1`, [id])
      )[0].n as number;
    expect((await replay(id, daysAgo(11), daysAgo(9))).userErrors).toEqual([
      expect.objectContaining({ code: 'REPLAY_TOO_LARGE', field: ['input', 'from'] }),
    ]);
    expect(await count()).toBe(1001);
    await hooks.deleteEndpoint(id);
  });
});

describe('auto-disable', () => {
  const endpointRow = async (id: string) =>
    (
      await app.db.dataSource.query(
        `SELECT enabled, failing_since, disabled_reason, disabled_at FROM webhook_endpoints WHERE id = $1`,
        [id],
      )
    )[0];
  const sweep = () => app.app.boss.send(QUEUES.WEBHOOK_AUTO_DISABLE, {});

  it('disables an endpoint failing for 3 days, emails the owners, and enables again as before', async () => {
    const failing = await hooks.createEndpoint(['ORDER_ACCEPTED']);
    const recent = await hooks.createEndpoint(['ORDER_ACCEPTED']);
    receiver.respond = () => 500;
    await hooks.ping(failing.id);
    await eventually(async () => expect((await hooks.deliveries(failing.id))[0]!.status).toBe('FAILED'), 30_000);
    expect((await endpointRow(failing.id)).failing_since).not.toBeNull();
    receiver.respond = () => 200;
    // Every try failing since 73 hours for one, 47 for the other: set in the database.
    await app.db.dataSource.query(
      `UPDATE webhook_endpoints SET failing_since = now() - make_interval(hours => $2) WHERE id = $1`,
      [failing.id, 73],
    );
    await app.db.dataSource.query(
      `UPDATE webhook_endpoints SET failing_since = now() - make_interval(hours => $2) WHERE id = $1`,
      [recent.id, 47],
    );
    await sweep();
    await eventually(async () => expect((await endpointRow(failing.id)).enabled).toBe(false));
    expect((await endpointRow(recent.id)).enabled).toBe(true);
    const { webhookEndpoints } = await (
      await app.signIn('owner@demo-brand.test')
    ).data<{ webhookEndpoints: { id: string; enabled: boolean; disabledReason: string | null; disabledAt: string }[] }>(
      `{ webhookEndpoints { id enabled disabledReason disabledAt } }`,
    );
    expect(webhookEndpoints.find((e) => e.id === failing.id)).toMatchObject({
      enabled: false,
      disabledReason: expect.stringMatching(
        /^Every delivery failed for 3 days \(since \d{4}-\d\d-\d\d \d\d:\d\d UTC\)\.$/,
      ),
    });
    const catcher = app.app.mailCatcher!;
    await eventually(async () =>
      expect(
        catcher.messages.filter((m) => m.subject === 'A webhook endpoint of Demo Brand was disabled'),
      ).toHaveLength(1),
    );
    const mail = catcher.messages.find((m) => m.subject === 'A webhook endpoint of Demo Brand was disabled')!;
    expect(mail.to).toEqual(['owner@demo-brand.test']);
    expect(mail.text).toContain('Every delivery failed for 3 days');
    // The next sweep finds nothing more to disable, and sends no second email.
    await sweep();
    await eventually(async () =>
      expect(
        (
          await app.db.dataSource.query(
            `SELECT count(*)::int AS n FROM outbound_emails WHERE webhook_endpoint_id = $1`,
            [failing.id],
          )
        )[0].n,
      ).toBe(1),
    );

    await hooks.mutate(
      'updateWebhookEndpoint',
      'UpdateWebhookEndpointInput',
      { endpointId: failing.id, enabled: true },
      '',
    );
    expect(await endpointRow(failing.id)).toEqual({
      enabled: true,
      failing_since: null,
      disabled_reason: null,
      disabled_at: null,
    });
    const ping = await hooks.ping(failing.id);
    await eventually(async () => expect(receiver.forEvent(ping.eventId)).toHaveLength(1));
    expect(parseEvent(receiver.forEvent(ping.eventId)[0]!).type).toBe('ping');
    for (const id of [failing.id, recent.id]) await hooks.deleteEndpoint(id);
  }, 40_000);

  it('forgets the failures once a try succeeds', async () => {
    const { id } = await hooks.createEndpoint(['ORDER_ACCEPTED']);
    receiver.respond = (request) =>
      receiver.forEvent(request.headers['order-desk-event-id'] as string).length < 2 ? 500 : 200;
    await hooks.ping(id);
    await eventually(async () => expect((await endpointRow(id)).failing_since).not.toBeNull());
    await eventually(async () => expect((await hooks.deliveries(id))[0]!.status).toBe('SUCCEEDED'));
    expect((await endpointRow(id)).failing_since).toBeNull();
    await hooks.deleteEndpoint(id);
  });
});
