import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookReceiver } from '@order-desk/testing';
import { WebhookSender } from './webhook-sender';

const receiver = new WebhookReceiver();
let url = '';
beforeAll(async () => {
  url = await receiver.start();
});
afterAll(() => receiver.stop());

describe('sending one webhook', () => {
  it('posts the body with the headers and keeps a short excerpt of the answer', async () => {
    const outcome = await new WebhookSender({ allowLocalUrls: true, timeoutSeconds: 2 }).post(url, '{"a":1}', {
      'Content-Type': 'application/json',
      'Order-Desk-Event-Id': 'E1',
    });
    expect(outcome).toMatchObject({ statusCode: 200, error: null, responseExcerpt: 'ok' });
    const last = receiver.received.at(-1)!;
    expect(last.body).toBe('{"a":1}');
    expect(last.headers['order-desk-event-id']).toBe('E1');
  });

  it('in production, refuses to connect to loopback or private addresses, by IP or by name', async () => {
    const production = new WebhookSender({ allowLocalUrls: false, timeoutSeconds: 2 });
    const count = receiver.received.length;
    const byIp = await production.post(url, '{}', {});
    expect(byIp).toMatchObject({ statusCode: null, error: '127.0.0.1 is not a public address' });
    const byName = await production.post(url.replace('127.0.0.1', 'localhost'), '{}', {});
    expect(byName.statusCode).toBeNull();
    expect(byName.error).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), not a public address$/);
    expect(receiver.received).toHaveLength(count);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const outcome = await new WebhookSender({ allowLocalUrls: true, timeoutSeconds: 1 }).post(
        `http://127.0.0.1:${port}/`,
        '{}',
        {},
      );
      expect(outcome).toMatchObject({ statusCode: null, error: 'No answer within 1 s' });
      expect(outcome.durationMs).toBeGreaterThanOrEqual(900);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
