import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { eventually } from '@order-desk/testing';
import { startApp, type App } from '../app';
import { MailCatcher } from '../notifications/mail-catcher';
import { subscribe } from '../test/subscriber';
import { startTestApp, TEST_APP_CONFIG, type TestApp } from '../test/test-app';

const PLACE_ORDER = path.resolve(__dirname, '../../dist/cli/place-order.js');
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ORDER_PLACED = `subscription { orderPlaced { id number status buyerName deadline { kind } } }`;
type Placed = { orderPlaced: { id: string; number: number; status: string; deadline: { kind: string } } };

// Two API instances over one database, sharing Redis pub/sub as a load-balanced deployment does.
let app: TestApp;
let second: App;
let secondUrl: string;
const disposers: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
  app = await startTestApp({ config: { redisUrl: REDIS_URL } });
  second = await startApp(
    { ...TEST_APP_CONFIG, redisUrl: REDIS_URL, runWorker: false },
    app.db.dataSource,
    app.db.url,
    pino({ level: 'silent' }),
    app.stripe,
    new MailCatcher(),
  );
  await new Promise<void>((resolve) => second.server.httpServer.listen(0, '127.0.0.1', resolve));
  secondUrl = `http://127.0.0.1:${(second.server.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const dispose of disposers) await dispose();
  await second.stop();
  await app.close();
});

async function subscribers() {
  const demo = await app.signIn('owner@demo-brand.test');
  const other = await app.signIn('owner@other-brand.test');
  const onFirst = subscribe<Placed>(app.url, demo.cookie, ORDER_PLACED);
  const onSecond = subscribe<Placed>(secondUrl, demo.cookie, ORDER_PLACED);
  const foreign = subscribe<Placed>(app.url, other.cookie, ORDER_PLACED);
  for (const s of [onFirst, onSecond, foreign]) disposers.push(() => s.client.dispose());
  await new Promise((resolve) => setTimeout(resolve, 300)); // subscriptions established
  return { onFirst, onSecond, foreign };
}

describe('orderPlaced subscription', () => {
  it('reaches every instance once when the place-order CLI places an order from another process', async () => {
    const { onFirst, onSecond, foreign } = await subscribers();
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [PLACE_ORDER, '--seller', 'Demo Brand', '--buyer', 'Little Otter Home', '--line', 'CSC-08:3'],
      { env: { ...env, DATABASE_URL: app.db.url, LOG_LEVEL: 'warn' } },
    );
    const number = Number(/Placed order #(\d+)/.exec(stdout)?.[1]);
    expect(number).toBeGreaterThan(0);

    for (const subscriber of [onFirst, onSecond]) {
      await eventually(async () => expect(subscriber.received).toHaveLength(1));
      expect(subscriber.received[0]!.orderPlaced).toMatchObject({
        number,
        status: 'PENDING',
        deadline: { kind: 'ACCEPT' },
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 500)); // no repeats through Redis
    expect(onFirst.received).toHaveLength(1);
    expect(onSecond.received).toHaveLength(1);
    expect(foreign.received).toEqual([]);
  });

  it('announces each new order once, and nothing for a refused one', async () => {
    const { onFirst } = await subscribers();
    const [{ seller_id: sellerId, buyer_id: buyerId }] = await app.db.dataSource.query(
      `SELECT c.seller_id, c.buyer_id FROM customers c JOIN sellers s ON s.id = c.seller_id WHERE s.name = 'Demo Brand' LIMIT 1`,
    );
    await expect(
      app.app.services.orderIntake.placeOrder({ sellerId, buyerId, lines: [{ sku: 'NO-SUCH-SKU', quantity: 1 }] }),
    ).rejects.toThrow('no product with SKU');
    const placed = await app.app.services.orderIntake.placeOrder({
      sellerId,
      buyerId,
      lines: [{ sku: 'CSC-08', quantity: 1 }],
    });
    await eventually(async () => expect(onFirst.received).toHaveLength(1));
    expect(onFirst.received[0]!.orderPlaced.id).toBe(placed.id);
  });

  it('refuses subscribers that are not signed in', async () => {
    const anonymous = subscribe<Placed>(app.url, null, ORDER_PLACED);
    disposers.push(() => anonymous.client.dispose());
    await eventually(async () => expect(anonymous.errors).toHaveLength(1));
    expect(JSON.stringify(anonymous.errors[0])).toContain('You are not signed in.');
  });
});
