import { Webhook } from 'standardwebhooks';
import { eventually, WebhookReceiver } from '@order-desk/testing';
import { runShellExample, shellExamples } from '../test/docs-examples';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';
import { WebhookClient } from '../test/webhook-client';

let app: TestApp;
let receiver: WebhookReceiver;

beforeAll(async () => {
  app = await startTestApp();
  receiver = new WebhookReceiver();
});
afterAll(async () => {
  await app.close();
  await receiver.stop();
});

describe('docs/webhooks.md', () => {
  it('runs the curl examples of its rotation, replay and test event sections as they say', async () => {
    const owner = await app.signIn('owner@demo-brand.test');
    const hooks = new WebhookClient(owner, await receiver.start());
    const { id, secret } = await hooks.createEndpoint(['ORDER_ACCEPTED', 'SHIPMENT_SAVED']);
    const order = await new SeedFixtures(app.db.dataSource).pendingOrder('Demo Brand');
    await hooks.mutate('acceptOrder', 'AcceptOrderInput', { orderId: order.id }, '');
    await eventually(async () => expect(receiver.received).toHaveLength(1));
    const env = {
      ORDER_DESK_SESSION: owner.cookie!,
      ENDPOINT_ID: id,
      FROM: new Date(Date.now() - 3_600_000).toISOString(),
      TO: new Date(Date.now() + 60_000).toISOString(),
    };
    const run = async (section: string) => {
      const [example] = shellExamples('webhooks.md', section);
      return JSON.parse(await runShellExample(example!, app.url, env));
    };

    const rotated = await run('Secret rotation');
    const { secret: newSecret, endpoint } = rotated.data.rotateWebhookEndpointSecret;
    expect(newSecret).toMatch(/^whsec_/);
    expect(new Date(endpoint.previousSecretExpiresAt).getTime()).toBeGreaterThan(Date.now());

    expect((await run('Replay')).data).toEqual({ replayWebhookEvents: { replayedCount: 1, userErrors: [] } });
    const accepted = receiver.received[0]!;
    await eventually(async () => expect(receiver.received).toHaveLength(2));
    expect(receiver.received[1]!.body).toBe(accepted.body);
    // Signed with both secrets: the old one and the new one each verify the replay.
    for (const key of [secret, newSecret]) {
      expect(() =>
        new Webhook(key).verify(receiver.received[1]!.body, receiver.received[1]!.headers as Record<string, string>),
      ).not.toThrow();
    }

    const sample = await run('Test events');
    expect(sample.data.sendWebhookSampleEvent).toMatchObject({
      delivery: { eventType: 'shipment.saved', status: 'PENDING' },
      userErrors: [],
    });
    await eventually(async () => expect(receiver.received).toHaveLength(3));
    expect(JSON.parse(receiver.received[2]!.body)).toMatchObject({ type: 'shipment.saved', test: true, sample: true });
  });
});
