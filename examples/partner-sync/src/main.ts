import { acceptPendingOrder } from './accept-order';
import { loadConfig, type PartnerConfig } from './config';
import { OrderDeskClient } from './order-desk-client';
import { watchPaymentStatus } from './payment-status';
import { JsonFileCheckpointStore } from './sync/checkpoint-store';
import { MemoryOrderCopy } from './sync/order-copy';
import { syncOrders } from './sync/sync-orders';
import { startWebhookReceiver } from './webhook-receiver';

const USAGE = `Usage (after \`pnpm build\` in this folder):
  node dist/main.js run                       sync now, then on every webhook and every SYNC_INTERVAL_SECONDS;
                                              receive webhooks (with ORDER_DESK_WEBHOOK_SECRET); log payment status
  node dist/main.js sync                      one incremental sync from the stored checkpoint
  node dist/main.js accept <orderId> <version>  accept a pending order (safe to run again)`;

async function main([command, ...args]: string[]): Promise<void> {
  const config = loadConfig();
  const client = new OrderDeskClient({ url: config.apiUrl, apiKey: config.apiKey });
  if (command === 'sync') return void (await syncOnce(client, config, new MemoryOrderCopy()));
  if (command === 'accept' && args.length === 2) {
    const [orderId, version] = args as [string, string];
    const accepted = await acceptPendingOrder(client, { orderId, expectedVersion: Number(version) });
    return console.log(JSON.stringify(accepted, null, 2));
  }
  if (command === 'run') return run(client, config);
  console.log(USAGE);
  process.exitCode = 64;
}

async function syncOnce(client: OrderDeskClient, config: PartnerConfig, copy: MemoryOrderCopy) {
  const checkpoint = new JsonFileCheckpointStore(config.checkpointFile);
  const synced = await syncOrders({ client, checkpoint, copy, updatedSince: config.updatedSince });
  for (const order of synced) console.log(`order #${order.number} v${order.version}: ${order.status}`);
  console.log(`synced ${synced.length} changed order(s); checkpoint in ${config.checkpointFile}`);
}

async function run(client: OrderDeskClient, config: PartnerConfig): Promise<void> {
  const copy = new MemoryOrderCopy();
  // One sync at a time; a nudge during a sync runs one more after it.
  let running: Promise<void> | null = null;
  let again = false;
  const sync = (): void => {
    if (running) return void (again = true);
    running = syncOnce(client, config, copy)
      .catch((error: unknown) => console.error('sync failed, trying again later:', error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          sync();
        }
      });
  };
  sync();
  const timer = setInterval(sync, config.syncIntervalSeconds * 1000);

  const receiver = config.webhookSecret
    ? await startWebhookReceiver({
        secret: config.webhookSecret,
        port: config.webhookPort,
        host: '0.0.0.0',
        onEvent: async (event) => {
          console.log(`webhook ${event.type} (${event.id})`);
          if (event.data.order) sync(); // the event says something changed: the sync reads what
        },
      })
    : null;
  if (receiver) console.log(`webhooks: POST ${receiver.url}`);

  const payments = watchPaymentStatus({
    url: config.apiUrl,
    apiKey: config.apiKey,
    onChange: (invoice) => console.log(`invoice ${invoice.displayNumber ?? invoice.id}: ${invoice.paymentStatus}`),
    onEnd: (error) => console.error('payment status subscription ended', error ?? ''),
  });

  process.once('SIGINT', async () => {
    clearInterval(timer);
    await Promise.all([receiver?.close(), payments.close(), running]);
    process.exit(0);
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
