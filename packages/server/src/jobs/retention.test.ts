import { randomBytes, randomUUID } from 'node:crypto';
import { eventually, WebhookReceiver } from '@order-desk/testing';
import { SeedFixtures } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';
import { QUEUES } from './job-queue';

const ERRORS = `userErrors { code field message }`;

describe('the retention job', () => {
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

  const sql = (text: string, values: unknown[] = []) => app.db.dataSource.query(text, values);
  const ago = (days: number, hours = 0) => `now() - interval '${days} days ${hours} hours'`;

  /** A delivery to a live receiver, with three more tries of it at the given ages (RETENTION_WEBHOOK_ATTEMPTS_DAYS: 30). */
  async function webhookAttempts(): Promise<string> {
    const owner = await app.signIn('owner@demo-brand.test');
    const { createWebhookEndpoint } = await owner.data<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } ${ERRORS} } }`,
      { input: { url: await receiver.start(), events: ['ORDER_ACCEPTED'] } },
    );
    const { sendWebhookTestEvent } = await owner.data<{ sendWebhookTestEvent: { delivery: { id: string } } }>(
      `mutation($input: WebhookEndpointInput!) { sendWebhookTestEvent(input: $input) { delivery { id } ${ERRORS} } }`,
      { input: { endpointId: createWebhookEndpoint.endpoint.id } },
    );
    const deliveryId = sendWebhookTestEvent.delivery.id;
    await eventually(async () => {
      expect(await sql(`SELECT 1 FROM webhook_delivery_attempts WHERE delivery_id = $1`, [deliveryId])).toHaveLength(1);
    });
    for (const [attempt, age] of [
      [2, ago(45)],
      [3, ago(30, 1)],
      [4, ago(29, 23)],
    ] as const) {
      await sql(
        `INSERT INTO webhook_delivery_attempts (seller_id, delivery_id, attempt, status_code, duration_ms, attempted_at)
         SELECT seller_id, id, $2, 500, 10, ${age} FROM webhook_deliveries WHERE id = $1`,
        [deliveryId, attempt],
      );
    }
    return deliveryId;
  }

  it('deletes expired sessions, and webhook attempts and sent emails past their windows, nothing else', async () => {
    const sellerId = await new SeedFixtures(app.db.dataSource).sellerId('Demo Brand');
    const [{ id: userId }] = await sql(`SELECT id FROM seller_users WHERE email = 'staff@demo-brand.test'`);
    for (const expiry of [ago(-1), "now() + interval '1 minute'", ago(0, 1), ago(30)]) {
      await sql(
        `INSERT INTO sessions (token_hash, seller_user_id, created_at, expires_at)
         VALUES ($1, $2, ${expiry} - interval '14 days', ${expiry})`,
        [randomBytes(32), userId],
      );
    }
    for (const [status, sentAt, createdAt] of [
      ['SENT', ago(91), ago(91)],
      ['SENT', ago(89), ago(89)],
      ['PENDING', 'NULL', ago(200)],
    ]) {
      await sql(
        `INSERT INTO outbound_emails (seller_id, kind, dedupe_key, status, sent_at, created_at)
         VALUES ($1, 'ORDER_REJECTED', $2, $3, ${sentAt}, ${createdAt})`,
        [sellerId, `retention-test-${randomUUID()}`, status],
      );
    }
    const deliveryId = await webhookAttempts();
    const liveSessions = (await sql(`SELECT id FROM sessions WHERE expires_at > now()`)).length;

    await app.app.boss.send(QUEUES.RETENTION, {});
    await eventually(async () => {
      expect(await sql(`SELECT 1 FROM sessions WHERE expires_at <= now()`)).toEqual([]);
    });
    await eventually(async () => {
      const attempts = await sql(`SELECT attempt FROM webhook_delivery_attempts WHERE delivery_id = $1 ORDER BY 1`, [
        deliveryId,
      ]);
      expect(attempts.map((row: { attempt: number }) => row.attempt)).toEqual([1, 4]);
    });
    expect(await sql(`SELECT id FROM sessions WHERE expires_at > now()`)).toHaveLength(liveSessions);
    const emails = await sql(
      `SELECT status, (now() - coalesce(sent_at, created_at)) > interval '90 days' AS old FROM outbound_emails
        WHERE dedupe_key LIKE 'retention-test-%' ORDER BY status, old`,
    );
    expect(emails).toEqual([
      { status: 'PENDING', old: true },
      { status: 'SENT', old: false },
    ]);
    expect(await sql(`SELECT 1 FROM webhook_deliveries WHERE id = $1`, [deliveryId])).toHaveLength(1);
  });

  it('runs every night', async () => {
    expect(await app.app.boss.getSchedules()).toContainEqual(
      expect.objectContaining({ name: QUEUES.RETENTION, cron: '17 3 * * *' }),
    );
  });

  it("leaves finished jobs in the queue's archive for RETENTION_JOB_ARCHIVE_DAYS (7), then its maintenance deletes them", async () => {
    const { boss } = app.app;
    const ids: string[] = [];
    for (const age of [ago(8), ago(6)]) {
      const id = (await boss.send(QUEUES.EMAIL, { emailId: randomUUID() }, { startAfter: 3600 }))!;
      await sql(`INSERT INTO pgboss.archive SELECT *, ${age} FROM pgboss.job WHERE id = $1`, [id]);
      await sql(`DELETE FROM pgboss.job WHERE id = $1`, [id]);
      ids.push(id);
    }
    await boss.maintain();
    const kept = await sql(`SELECT id FROM pgboss.archive WHERE id = ANY($1::uuid[])`, [ids]);
    expect(kept).toEqual([{ id: ids[1] }]);
  });
});
