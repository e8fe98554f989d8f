import { eventually, verifyWebhookSignature } from '@order-desk/testing';
import {
  app,
  CREATE,
  createEndpoint,
  DELETE,
  DELIVERIES,
  ENDPOINT,
  expectSigned,
  owner,
  PING,
  receiver,
  receiverUrl,
  ROLL,
  run,
  setUpWebhooksApp,
  type Delivery,
  type Endpoint,
  type UserErrors,
} from './webhooks.fixtures';

setUpWebhooksApp();

describe('endpoint management', () => {
  it('rolls the secret: later deliveries are signed with the new one only', async () => {
    const { endpoint, secret } = await createEndpoint({});
    const rolled = await run(ROLL, { endpointId: endpoint.id });
    expect(rolled.secret).not.toBe(secret);
    const delivery = (await run(PING, { endpointId: endpoint.id })).delivery!;
    await eventually(async () => expect(receiver.forEvent(delivery.eventId)).toHaveLength(1));
    const [request] = receiver.forEvent(delivery.eventId);
    expectSigned(request!, rolled.secret!);
    expect(verifyWebhookSignature(secret, request!.body, request!.headers['order-desk-signature'] as string)).toBe(
      false,
    );
    await run(DELETE, { endpointId: endpoint.id });
  });

  it('refuses bad URLs, no events and too long descriptions as user errors', async () => {
    const attempt = async (input: Record<string, unknown>) =>
      (
        await owner.data<{
          createWebhookEndpoint: { endpoint: Endpoint | null; secret: string | null; userErrors: UserErrors };
        }>(CREATE, { input: { url: receiverUrl, events: ['ORDER_PLACED'], ...input } })
      ).createWebhookEndpoint;
    for (const url of [
      'not a url',
      'ftp://erp.example.com/hooks',
      'http://erp.example.com/hooks',
      'https://u:p@erp.example.com/',
    ]) {
      const refused = await attempt({ url });
      expect(refused).toMatchObject({ endpoint: null, secret: null });
      expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_URL', field: ['input', 'url'] })]);
    }
    expect((await attempt({ events: [] })).userErrors[0]).toMatchObject({ code: 'INVALID_EVENTS' });
    expect((await attempt({ description: 'x'.repeat(201) })).userErrors[0]).toMatchObject({
      code: 'DESCRIPTION_TOO_LONG',
    });
    const [{ count }] = await app.db.dataSource.query(`SELECT count(*)::int AS count FROM webhook_endpoints`);
    expect(count).toBe(0);
  });

  it('keeps endpoints to their seller and their owners', async () => {
    const { endpoint } = await createEndpoint({});
    const other = await app.signIn('owner@other-brand.test');
    expect(
      (await other.data<{ webhookEndpoints: Endpoint[] }>(`{ webhookEndpoints { id } }`)).webhookEndpoints,
    ).toEqual([]);
    for (const mutation of [DELETE, ROLL, PING]) {
      const result = await other.data<Record<string, { userErrors: UserErrors }>>(mutation, {
        input: { endpointId: endpoint.id },
      });
      expect(Object.values(result)[0]!.userErrors[0]?.code).toBe('ENDPOINT_NOT_FOUND');
    }
    const log = await other.request(DELIVERIES, { endpointId: endpoint.id });
    expect(log.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const staff = await app.signIn('staff@demo-brand.test');
    const forbidden = await staff.request(`{ webhookEndpoints { id } }`);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await owner.data<{ webhookEndpoints: Endpoint[] }>(`{ webhookEndpoints { ${ENDPOINT} } }`);
    expect(listed.webhookEndpoints.map((e) => e.id)).toEqual([endpoint.id]);
    await run(DELETE, { endpointId: endpoint.id });
  });

  it('pages the delivery log newest first with cursors', async () => {
    const { endpoint } = await createEndpoint({});
    const pings: string[] = [];
    for (let i = 0; i < 3; i++) pings.push((await run(PING, { endpointId: endpoint.id })).delivery!.id);
    const page = async (after: string | null) =>
      (
        await owner.data<{
          webhookDeliveries: { edges: { node: Delivery }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        }>(DELIVERIES, { endpointId: endpoint.id, first: 2, after })
      ).webhookDeliveries;
    const first = await page(null);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.edges, ...second.edges].map((edge) => edge.node.id);
    expect(seen.sort()).toEqual([...pings].sort());
    const bad = await owner.request(DELIVERIES, { endpointId: endpoint.id, after: 'nonsense' });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: ['after'] });
    await run(DELETE, { endpointId: endpoint.id });
  });
});
