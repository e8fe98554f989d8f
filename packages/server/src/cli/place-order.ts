import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../config/config';
import { createDataSource } from '../db/data-source';
import { jobQueueSettings, startJobQueue } from '../jobs/job-queue';
import { OrderIntakeError, OrderIntakeService } from '../orders/order-intake.service';
import { sendWebhooksThrough } from '../webhooks/webhook-outbox';

const USAGE = `Places a pending order as a buyer (for demos and tests).

  pnpm --filter @order-desk/server place-order --seller "Demo Brand" --buyer "Little Otter Home" \\
    --line CSC-08:12 --line WFC-12:6 [--note "Please ship soon"]

Uses DATABASE_URL, or the embedded PostgreSQL of a running \`pnpm start\` when it is unset.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seller: { type: 'string' },
      buyer: { type: 'string' },
      line: { type: 'string', multiple: true },
      note: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.seller || !values.buyer || !values.line?.length) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 64);
  }
  const config = loadConfig();
  const url = config.databaseUrl ?? `postgres://postgres:postgres@localhost:${config.embeddedPostgresPort}/order_desk`;
  const db = createDataSource({ url, poolSize: 2 });
  await db.initialize();
  // The order.placed webhooks of the new order are queued with it, for the API's worker to send.
  const boss = await startJobQueue({
    url,
    logger: pino({ level: 'warn' }),
    ...jobQueueSettings(config),
  });
  sendWebhooksThrough(db, boss);
  try {
    const [seller] = await db.query(`SELECT id FROM sellers WHERE name = $1`, [values.seller]);
    const [buyer] = await db.query(`SELECT id FROM buyers WHERE company_name = $1`, [values.buyer]);
    if (!seller || !buyer) throw new OrderIntakeError(`No seller "${values.seller}" or no buyer "${values.buyer}".`);
    const lines = values.line.map((line) => {
      const [sku, quantity] = line.split(':');
      return { sku: sku ?? '', quantity: Number(quantity) };
    });
    // orderChanged stays in this process; orderPlaced reaches open dashboards through PostgreSQL (see order-placed-channel.ts).
    const intake = new OrderIntakeService(db, { publish: () => undefined });
    const order = await intake.placeOrder({ sellerId: seller.id, buyerId: buyer.id, lines, note: values.note ?? null });
    console.log(`Placed order #${order.number} (${order.id})`);
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof OrderIntakeError ? error.message : error);
  process.exit(1);
});
