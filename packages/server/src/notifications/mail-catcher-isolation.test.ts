import { eventually } from '@order-desk/testing';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';
import type { CaughtMail } from './mail-catcher';

const REJECT = `mutation($input: RejectOrderInput!) { rejectOrder(input: $input) { userErrors { code } } }`;

let app: TestApp;
let demoStaff: GraphQLClient;
let otherOwner: GraphQLClient;
/** The Message-IDs of one rejection email of each seller. */
const sent: Record<'demo' | 'other', string> = { demo: '', other: '' };

/** Rejects a pending order of `seller` as `who`, and waits for its email in the catcher: its Message-ID. */
async function rejectionEmail(seller: 'Demo Brand' | 'Other Brand', who: GraphQLClient): Promise<string> {
  const order = await new SeedFixtures(app.db.dataSource).pendingOrder(seller);
  await who.data(REJECT, { input: { orderId: order.id, reason: 'OUT_OF_TERRITORY' } });
  let messageId = '';
  await eventually(async () => {
    const mail = app.app.mailCatcher!.messages.find((m) => m.subject.includes(`#${order.number} `));
    expect(mail?.messageId).toBeTruthy();
    messageId = mail!.messageId!;
    // Readable once the delivery has recorded it on the outbox row.
    const [row] = await app.db.dataSource.query(`SELECT 1 FROM outbound_emails WHERE message_id = $1`, [messageId]);
    expect(row).toBeDefined();
  }, 30_000);
  return messageId;
}

async function caught(who: GraphQLClient): Promise<CaughtMail[]> {
  const response = await fetch(`${app.url}/dev/mail?format=json`, { headers: { cookie: who.cookie! } });
  expect(response.status).toBe(200);
  return (await response.json()) as CaughtMail[];
}

beforeAll(async () => {
  app = await startTestApp();
  demoStaff = await app.signIn('staff@demo-brand.test');
  otherOwner = await app.signIn('owner@other-brand.test');
  sent.demo = await rejectionEmail('Demo Brand', await app.signIn('owner@demo-brand.test'));
  sent.other = await rejectionEmail('Other Brand', otherOwner);
});
afterAll(() => app.close());

describe('the mail catcher (/dev/mail)', () => {
  it("shows each seller's users their own seller's emails only", async () => {
    expect((await caught(demoStaff)).map((mail) => mail.messageId)).toEqual([sent.demo]);
    expect((await caught(otherOwner)).map((mail) => mail.messageId)).toEqual([sent.other]);
  });

  it("answers another seller's message like one that does not exist, by id and by Message-ID", async () => {
    const theirs = app.app.mailCatcher!.messages.find((mail) => mail.messageId === sent.other)!;
    const byId = await fetch(`${app.url}/dev/mail/${theirs.id}`, { headers: { cookie: demoStaff.cookie! } });
    expect(byId.status).toBe(404);
    expect(await byId.text()).not.toContain(theirs.subject);
    const byMessageId = await fetch(`${app.url}/dev/mail?messageId=${encodeURIComponent(sent.other)}`, {
      headers: { cookie: demoStaff.cookie! },
    });
    expect(await byMessageId.text()).not.toContain(theirs.subject);
    const own = app.app.mailCatcher!.messages.find((mail) => mail.messageId === sent.demo)!;
    const mine = await fetch(`${app.url}/dev/mail/${own.id}`, { headers: { cookie: demoStaff.cookie! } });
    expect(mine.status).toBe(200);
    expect(await mine.text()).toContain('not accepted');
  });

  it('shows a signed-out visitor nothing', async () => {
    expect((await fetch(`${app.url}/dev/mail?format=json`)).status).toBe(401);
    expect((await fetch(`${app.url}/dev/mail?format=json`, { headers: { cookie: 'od_session=forged' } })).status).toBe(
      401,
    );
  });
});

describe('in production', () => {
  it('never serves the mail catcher', async () => {
    const production = await startTestApp({ seed: false, config: { nodeEnv: 'production' } });
    try {
      expect((await fetch(`${production.url}/dev/mail?format=json`)).status).toBe(404);
    } finally {
      await production.close();
    }
  });
});
