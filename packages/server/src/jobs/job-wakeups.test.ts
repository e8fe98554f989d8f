import { eventually } from '@order-desk/testing';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

const REJECT = `mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { order { id } userErrors { code } } }`;

let app: TestApp;
let demo: GraphQLClient;
let seed: SeedFixtures;

// The workers look for jobs once an hour here: a job that runs within seconds was woken by its insert.
beforeAll(async () => {
  app = await startTestApp({ config: { jobPollSeconds: 3600 } });
  demo = await app.signIn('owner@demo-brand.test');
  seed = new SeedFixtures(app.db.dataSource);
});
afterAll(() => app.close());

const reject = async (orderId: string) => {
  const { rejectOrder } = await demo.data<{ rejectOrder: { userErrors: unknown[] } }>(REJECT, {
    input: { orderId, reason: 'OUT_OF_STOCK' },
  });
  expect(rejectOrder.userErrors).toEqual([]);
};

/** The rejection emails caught for an order (its number is in the subject; a buyer may have several orders). */
const rejectionEmailsOf = (order: { number: number }) =>
  app.app.mailCatcher!.messages.filter((m) => m.subject?.startsWith(`Your order #${order.number} `)).length;

describe('a queued job', () => {
  it('runs once its transaction commits, without waiting for a poll', async () => {
    const order = await seed.pendingOrder('Demo Brand');
    await reject(order.id);
    await eventually(async () => expect(rejectionEmailsOf(order)).toBe(1));
  });

  it('of a burst queued while the worker is busy runs too: a worker that ran a job looks again at once', async () => {
    const orders: Awaited<ReturnType<SeedFixtures['pendingOrder']>>[] = [];
    for (let i = 0; i < 5; i++) orders.push(await seed.pendingOrder('Demo Brand'));
    await Promise.all(orders.map((order) => reject(order.id)));
    await eventually(async () => expect(orders.map(rejectionEmailsOf)).toEqual(orders.map(() => 1)));
  });
});
