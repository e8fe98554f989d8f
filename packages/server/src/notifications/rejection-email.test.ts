import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import { eventually } from '@order-desk/testing';

const REJECT = `mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { order { id status } userErrors { code } } }`;

let app: TestApp;
let demo: GraphQLClient;
let seed: SeedFixtures;

beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
  seed = new SeedFixtures(app.db.dataSource);
});
afterAll(() => app.close());

describe('the rejection email', () => {
  it('reaches the buyer once, explains the reason in words, and lands on the timeline', async () => {
    const order = await seed.pendingOrder('Demo Brand');
    const [{ email: buyerEmail }] = await app.db.dataSource.query(
      `SELECT b.email FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE o.id = $1`,
      [order.id],
    );
    const { rejectOrder } = await demo.data<{ rejectOrder: { userErrors: unknown[] } }>(REJECT, {
      input: { orderId: order.id, reason: 'OUT_OF_TERRITORY', message: 'We have an exclusive stockist in your town.' },
    });
    expect(rejectOrder.userErrors).toEqual([]);

    const catcher = app.app.mailCatcher!;
    await eventually(async () => expect(catcher.messages.filter((m) => m.to.includes(buyerEmail))).toHaveLength(1));
    const mail = catcher.messages.find((m) => m.to.includes(buyerEmail))!;
    expect(mail.subject).toBe(`Your order #${order.number} with Demo Brand was not accepted`);
    expect(mail.text).toContain('does not currently sell to retailers in your area');
    expect(mail.text).toContain('We have an exclusive stockist in your town.');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@order-desk\.local>$/);

    // The job records the sending once SMTP has taken the message: the timeline may lag the catcher.
    type Event = { type: string; summary: string; actor: { type: string }; data: { messageId: string } | null };
    let sent: Event | undefined;
    await eventually(async () => {
      const { order: view } = await demo.data<{ order: { events: Event[] } }>(
        `query($id: ID!) { order(id: $id) { events { type summary actor { type } data } } }`,
        { id: order.id },
      );
      sent = view.events.find((e) => e.type === 'EMAIL_SENT');
      expect(sent).toBeDefined();
    });
    if (!sent) throw new Error('no EMAIL_SENT event');
    expect(sent.summary).toBe(`Rejection email sent to ${buyerEmail}`);
    expect(sent.actor.type).toBe('SYSTEM');
    expect(sent.data?.messageId).toBe(mail.messageId);
    const { mailCatcherUrl: url } = await demo.data<{ mailCatcherUrl: string }>(`{ mailCatcherUrl }`);
    const mailPage = `${app.url}${url}?messageId=${encodeURIComponent(mail.messageId!)}`;
    expect((await fetch(mailPage)).status).toBe(401); // caught mail is for signed-in sellers only
    const page = await fetch(mailPage, { headers: { cookie: demo.cookie! } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`Your order #${order.number}`);
  });

  it('is written with the rejection or not at all: a refused rejection queues nothing', async () => {
    const order = await seed.orderWithStatus('Demo Brand', 'ACCEPTED');
    const before = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM outbound_emails`);
    const { rejectOrder } = await demo.data<{ rejectOrder: { userErrors: { code: string }[] } }>(REJECT, {
      input: { orderId: order.id, reason: 'OUT_OF_STOCK' },
    });
    expect(rejectOrder.userErrors[0]!.code).toBe('ACTION_NOT_ALLOWED');
    expect(await app.db.dataSource.query(`SELECT count(*)::int AS n FROM outbound_emails`)).toEqual(before);
  });

  it('sends one email per rejection even when its job runs twice', async () => {
    const order = await seed.pendingOrder('Demo Brand');
    await demo.data(REJECT, { input: { orderId: order.id, reason: 'OUT_OF_STOCK' } });
    const [email] = await app.db.dataSource.query(`SELECT id FROM outbound_emails WHERE order_id = $1`, [order.id]);
    await eventually(async () => {
      const [row] = await app.db.dataSource.query(`SELECT status FROM outbound_emails WHERE id = $1`, [email.id]);
      expect(row.status).toBe('SENT');
    });
    const countFor = () =>
      app.app.mailCatcher!.messages.filter((m) => m.messageId === `<${email.id}@order-desk.local>`).length;
    expect(countFor()).toBe(1);
    // A duplicate delivery (a retried or expired job) finds the email sent and sends nothing.
    await app.app.boss.send('email-send', { emailId: email.id });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(countFor()).toBe(1);
  });
});
