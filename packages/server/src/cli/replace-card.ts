import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../config/config';
import { createDataSource } from '../db/data-source';
import { replaceCardOnFile } from '../payments/cards-on-file';
import { openStripeGateway } from '../payments/stripe-gateway';

const USAGE = `Gives a buyer a new card on file (demos and support), e.g. after a declined payment.

  pnpm --filter @order-desk/server replace-card --buyer "Fernwood General Store" [--token tok_visa]

Uses DATABASE_URL and STRIPE_SECRET_KEY (+ STRIPE_API_URL), or, when they are unset, the embedded
PostgreSQL and the Stripe stand-in of a running \`pnpm start\`.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { buyer: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || !values.buyer) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 64);
  }
  const config = loadConfig();
  const url = config.databaseUrl ?? `postgres://postgres:postgres@localhost:${config.embeddedPostgresPort}/order_desk`;
  const stripeConfig = config.stripe.secretKey
    ? config.stripe
    : {
        ...config.stripe,
        secretKey: 'sk_test_order_desk_stand_in',
        webhookSecret: 'whsec_unused',
        apiUrl: config.stripe.apiUrl ?? `http://127.0.0.1:${config.stripe.standInPort}`,
      };
  const stripe = await openStripeGateway(stripeConfig, pino({ level: 'warn' }), null);
  const db = createDataSource({ url, poolSize: 2 });
  await db.initialize();
  try {
    const [buyer] = await db.query(`SELECT id FROM buyers WHERE company_name = $1`, [values.buyer]);
    if (!buyer) throw new Error(`No buyer "${values.buyer}".`);
    const card = await replaceCardOnFile(db, stripe.stripe, buyer.id, values.token ?? 'tok_visa');
    console.log(`${values.buyer} now pays with ${card.brand} •••• ${card.last4}`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
