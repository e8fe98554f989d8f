import { StripeStandIn } from './stand-in';

/**
 * The stand-in as its own process (`node dist/serve.js`), for topologies where several API processes
 * and the worker must talk to one Stripe (docker-compose.yml). Env: PORT, STRIPE_WEBHOOK_SECRET,
 * WEBHOOK_URL (where to post events), STATE_FILE (optional, to keep its state across restarts).
 */
const standIn = new StripeStandIn({
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? 'whsec_order_desk_stand_in',
  webhookUrl: process.env.WEBHOOK_URL ?? null,
  stateFile: process.env.STATE_FILE ?? null,
});
standIn
  .start(Number(process.env.PORT ?? 12111), process.env.HOST ?? '0.0.0.0')
  .then((address) => console.log(`Stripe stand-in listening on ${address.host}:${address.port}`))
  .catch((error: unknown) => {
    console.error('Stripe stand-in failed to start:', error);
    process.exit(1);
  });
process.on('SIGTERM', () => void standIn.stop().then(() => process.exit(0)));
