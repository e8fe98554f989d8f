import crypto from 'node:crypto';
import { Client } from 'pg';
import { CopyWriter } from './copy-writer';
import { migrate } from './database';
import { endOfBusinessDaysAfter } from '@order-desk/server/business-days';
import { benchId, Kind, seededRandom } from './ids';
import type { BenchSize } from './options';

/** Bump when the generated data changes shape: a dataset of another version is rebuilt. */
const GENERATOR_VERSION = 4;

/** The biggest seller (reads page through its orders) and the sellers the write scenarios change. */
export const READ_SELLER = 0;
export const WRITE_SELLERS = [1, 2, 3, 4, 5, 6, 7, 8];
const KEYED_SELLERS = [READ_SELLER, ...WRITE_SELLERS];

export type DatasetInfo = {
  size: BenchSize['name'];
  sellers: number;
  orders: number;
  items: number;
  generatedInSeconds: number | null;
  reused: boolean;
};

/** A bench-only API key secret per keyed seller, derived from its number so a reused dataset keeps them. */
export const apiKeySecret = (seller: number): string =>
  `odk_bench${seller}_${crypto.createHash('sha256').update(`order-desk-bench-${seller}`).digest('base64url')}`;

const sellerUuid = (s: number) => benchId(Kind.seller, s);
export const sellerIdOf = sellerUuid;

/**
 * Makes sure the database holds this size's dataset: reuses it when the fingerprint matches (and
 * `--fresh` is not given), else wipes the bench database, runs the real migrations and loads it.
 */
export async function ensureDataset(url: string, size: BenchSize, fresh: boolean): Promise<DatasetInfo> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await fingerprint(client);
    if (
      !fresh &&
      existing &&
      existing.size === size.name &&
      existing.version === GENERATOR_VERSION &&
      existing.orders === size.orders
    ) {
      await migrate(url); // a newer checkout may bring new migrations (indexes)
      await client.query('ANALYZE');
      return { ...existing, generatedInSeconds: null, reused: true };
    }
    if (!existing) {
      const [{ tables }] = (
        await client.query<{ tables: number }>(
          `SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`,
        )
      ).rows as [{ tables: number }];
      if (tables > 0) {
        throw new Error(
          'This database holds tables but no bench dataset: refusing to wipe it. Point DATABASE_URL at an empty database.',
        );
      }
    }
    const started = Date.now();
    await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await client.query('DROP SCHEMA public CASCADE');
    await client.query('CREATE SCHEMA public');
    await migrate(url);
    const counts = await generate(url, size);
    const generatedInSeconds = Math.round((Date.now() - started) / 1000);
    await client.query(`CREATE TABLE bench_dataset (size text NOT NULL, version int NOT NULL, sellers int NOT NULL,
      orders int NOT NULL, items int NOT NULL, generated_in_seconds int NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
    await client.query(`INSERT INTO bench_dataset VALUES ($1, $2, $3, $4, $5, $6)`, [
      size.name,
      GENERATOR_VERSION,
      size.sellers,
      counts.orders,
      counts.items,
      generatedInSeconds,
    ]);
    return {
      size: size.name,
      sellers: size.sellers,
      orders: counts.orders,
      items: counts.items,
      generatedInSeconds,
      reused: false,
    };
  } finally {
    await client.end();
  }
}

async function fingerprint(
  client: Client,
): Promise<(Omit<DatasetInfo, 'generatedInSeconds' | 'reused'> & { version: number }) | null> {
  const table = await client.query(`SELECT to_regclass('public.bench_dataset') AS t`);
  if (!table.rows[0]?.t) return null;
  const rows = await client.query(`SELECT size, version, sellers, orders, items FROM bench_dataset`);
  const row = rows.rows[0] as
    { size: BenchSize['name']; version: number; sellers: number; orders: number; items: number } | undefined;
  return row ?? null;
}

const ADJECTIVES = [
  'Little',
  'Golden',
  'Blue',
  'Wild',
  'Quiet',
  'Maple',
  'Cedar',
  'Hudson',
  'Prairie',
  'Copper',
  'Silver',
  'Harbor',
  'Willow',
  'Juniper',
  'Bramble',
  'Fernwood',
  'Sunny',
  'Northern',
  'Coastal',
  'Olive',
];
const NOUNS = [
  'Otter',
  'Fox',
  'Heron',
  'Sparrow',
  'Pine',
  'Oak',
  'River',
  'Meadow',
  'Lantern',
  'Anchor',
  'Thistle',
  'Bee',
  'Rose',
  'Stone',
  'Birch',
  'Moon',
  'Field',
  'Hollow',
  'Ridge',
  'Brook',
  'Finch',
  'Wren',
  'Elm',
  'Clover',
  'Harvest',
  'Bloom',
  'Orchard',
  'Cove',
  'Hearth',
  'Valley',
];
const TRADES = [
  'Home',
  'General Store',
  'Market',
  'Provisions',
  'Gifts',
  'Boutique',
  'Mercantile',
  'Pantry',
  'Supply Co.',
  'Goods',
];
const PRODUCTS = [
  'Candle',
  'Mug',
  'Tea Towel',
  'Soap Bar',
  'Notebook',
  'Throw Blanket',
  'Planter',
  'Coaster Set',
  'Tote Bag',
  'Jam Jar',
  'Honey',
  'Granola',
  'Hand Cream',
  'Puzzle',
  'Card Set',
  'Vase',
];
const CITIES = ['Portland', 'Austin', 'Denver', 'Madison', 'Burlington', 'Asheville', 'Boise', 'Savannah'];

const DAY = 86_400_000;
/** The seller deadline settings' column defaults (migration 1764210000000), which bench sellers keep. */
const SELLER_ACCEPT_DAYS = 2;
const SELLER_SHIP_DAYS = 5;
const SELLER_TIME_ZONE = 'America/New_York';
const STATUS_WEIGHTS: [string, number][] = [
  ['PENDING', 0.15],
  ['ACCEPTED', 0.7],
  ['REJECTED', 0.08],
  ['CANCELLED', 0.07],
];

/** Loads every table with COPY, several tables at once on their own connections, secondary indexes built after. */
async function generate(url: string, size: BenchSize): Promise<{ orders: number; items: number }> {
  const random = seededRandom(20261126);
  const connect = async () => {
    const c = new Client({ connectionString: url });
    await c.connect();
    // Generated rows reference each other consistently; skipping the per-row FK triggers makes COPY fast.
    await c.query(`SET session_replication_role = replica`);
    return c;
  };
  const admin = await connect();
  const droppedIndexes = await dropSecondaryIndexes(admin, [
    'orders',
    'order_items',
    'order_events',
    'invoices',
    'payments',
    'shipments',
    'customers',
  ]);

  const S = size.sellers;
  const B = Math.max(200, Math.round(size.orders / 50));
  const buyersOf = (s: number) => (s === READ_SELLER ? Math.min(B, 2_000) : 40);
  const variantsOf = (s: number) => (s === READ_SELLER ? 400 : 40);
  const customerBase: number[] = [];
  const variantBase: number[] = [];
  for (let s = 0, c = 0, v = 0; s < S; s++) {
    customerBase.push(c);
    variantBase.push(v);
    c += buyersOf(s);
    v += variantsOf(s);
  }
  const big = Math.round(size.orders * size.bigSellerShare);
  const ordersOf = (s: number) =>
    s === READ_SELLER ? big : Math.floor((size.orders - big) / (S - 1)) + (s <= (size.orders - big) % (S - 1) ? 1 : 0);

  // Marketplace-wide rows.
  const buyerName = (b: number) =>
    `${ADJECTIVES[b % ADJECTIVES.length]} ${NOUNS[Math.floor(b / ADJECTIVES.length) % NOUNS.length]} ${TRADES[Math.floor(b / 600) % TRADES.length]}`;
  const buyerCard = (b: number) => b % 5 < 3;
  const clients = await Promise.all(Array.from({ length: 6 }, connect));
  const [c0, c1, c2, c3, c4, c5] = clients as [Client, Client, Client, Client, Client, Client];
  {
    const sellers = new CopyWriter(c0, 'sellers', [
      'id',
      'name',
      'currency',
      'buyer_access_requires_approval',
      'invoice_prefix',
      'email',
    ]);
    for (let s = 0; s < S; s++) {
      await sellers.write([
        sellerUuid(s),
        `Bench Brand ${s}`,
        'USD',
        s % 2 === 0 ? 't' : 'f',
        'INV-',
        `brand${s}@bench.test`,
      ]);
    }
    await sellers.end();
    const users = new CopyWriter(c0, 'seller_users', ['id', 'seller_id', 'email', 'name', 'password_hash', 'role']);
    // No one signs in to bench sellers (the bench uses API keys): the hash is a placeholder no password matches.
    for (let s = 0; s < S; s++) {
      await users.write([
        benchId(Kind.user, s),
        sellerUuid(s),
        `owner${s}@bench.test`,
        `Owner ${s}`,
        '!bench',
        'OWNER',
      ]);
    }
    await users.end();
    const keys = new CopyWriter(c0, 'api_keys', [
      'id',
      'seller_id',
      'name',
      'scopes',
      'token_hash',
      'prefix',
      'created_by_user_id',
    ]);
    for (const s of KEYED_SELLERS.filter((k) => k < S)) {
      const secret = apiKeySecret(s);
      const hash = crypto.createHash('sha256').update(secret).digest('hex');
      await keys.write([
        benchId(Kind.apiKey, s),
        sellerUuid(s),
        'Bench',
        '{orders:read,orders:write,invoices:read,invoices:write,payments:write}',
        `\\\\x${hash}`,
        secret.slice(0, 8),
        benchId(Kind.user, s),
      ]);
    }
    await keys.end();
    const buyers = new CopyWriter(c0, 'buyers', [
      'id',
      'company_name',
      'contact_name',
      'email',
      'default_payment_method',
      'stripe_customer_id',
      'stripe_payment_method_id',
      'card_brand',
      'card_last4',
    ]);
    const addresses = new CopyWriter(c1, 'buyer_addresses', [
      'id',
      'buyer_id',
      'kind',
      'is_default',
      'name',
      'line1',
      'city',
      'region',
      'postal_code',
      'country',
    ]);
    for (let b = 0; b < B; b++) {
      const card = buyerCard(b);
      await buyers.write([
        benchId(Kind.buyer, b),
        buyerName(b),
        `Buyer ${b}`,
        `buyer${b}@bench.test`,
        card ? 'CARD' : 'TERMS',
        card ? `cus_bench${b}` : null,
        card ? `pm_bench${b}` : null,
        card ? 'visa' : null,
        card ? '4242' : null,
      ]);
      await addresses.write([
        benchId(Kind.buyerAddress, b),
        benchId(Kind.buyer, b),
        'SHIPPING',
        't',
        buyerName(b),
        `${b} Main Street`,
        CITIES[b % CITIES.length]!,
        'OR',
        `9${String(b % 10000).padStart(4, '0')}`,
        'US',
      ]);
    }
    await Promise.all([buyers.end(), addresses.end()]);
    const customers = new CopyWriter(c0, 'customers', [
      'id',
      'seller_id',
      'buyer_id',
      'name',
      'email',
      'payment_terms_days',
    ]);
    const products = new CopyWriter(c1, 'products', ['id', 'seller_id', 'name']);
    const variants = new CopyWriter(c2, 'product_variants', [
      'id',
      'seller_id',
      'product_id',
      'sku',
      'name',
      'unit_price_amount',
      'currency',
      'stock_on_hand',
    ]);
    for (let s = 0; s < S; s++) {
      for (let j = 0; j < buyersOf(s); j++) {
        const b = (s * 97 + j) % B;
        await customers.write([
          benchId(Kind.customer, customerBase[s]! + j),
          sellerUuid(s),
          benchId(Kind.buyer, b),
          buyerName(b),
          `buyer${b}@bench.test`,
          30,
        ]);
      }
      for (let j = 0; j < variantsOf(s); j++) {
        const n = variantBase[s]! + j;
        await products.write([benchId(Kind.product, n), sellerUuid(s), `${PRODUCTS[j % PRODUCTS.length]} ${j}`]);
        await variants.write([
          benchId(Kind.variant, n),
          sellerUuid(s),
          benchId(Kind.product, n),
          `S${s}-${j}`,
          `Size ${1 + (j % 3)}`,
          500 + ((j * 733) % 19_500),
          'USD',
          1_000_000,
        ]);
      }
    }
    await Promise.all([customers.end(), products.end(), variants.end()]);
  }

  // Orders and everything hanging off them, streamed into six tables at once.
  const address = (b: number) => [
    buyerName(b),
    null,
    `${b} Main Street`,
    null,
    CITIES[b % CITIES.length]!,
    'OR',
    `9${String(b % 10000).padStart(4, '0')}`,
    'US',
    null,
  ];
  const orders = new CopyWriter(c0, 'orders', [
    'id',
    'seller_id',
    'number',
    'buyer_id',
    'buyer_name',
    'customer_id',
    'status',
    'payment_method',
    'payment_status',
    'currency',
    'subtotal_amount',
    'shipping_amount',
    'total_amount',
    'item_count',
    'shipping_name',
    'shipping_company',
    'shipping_line1',
    'shipping_line2',
    'shipping_city',
    'shipping_region',
    'shipping_postal_code',
    'shipping_country',
    'shipping_phone',
    'billing_name',
    'billing_company',
    'billing_line1',
    'billing_line2',
    'billing_city',
    'billing_region',
    'billing_postal_code',
    'billing_country',
    'billing_phone',
    'placed_at',
    'accepted_at',
    'rejected_at',
    'rejection_reason',
    'cancelled_at',
    'cancellation_reason',
    'accept_by',
    'ship_by',
    'deadline_at',
    'created_at',
    'updated_at',
  ]);
  const items = new CopyWriter(c1, 'order_items', [
    'id',
    'seller_id',
    'order_id',
    'variant_id',
    'sku',
    'product_name',
    'variant_name',
    'unit_price_amount',
    'currency',
    'quantity',
    'line_total_amount',
    'position',
  ]);
  const events = new CopyWriter(c2, 'order_events', [
    'id',
    'seller_id',
    'order_id',
    'type',
    'summary',
    'actor_type',
    'actor_name',
    'created_at',
  ]);
  const shipments = new CopyWriter(c3, 'shipments', [
    'id',
    'seller_id',
    'order_id',
    'carrier',
    'service',
    'tracking_numbers',
    'shipped_on',
    'cost_amount',
    'currency',
  ]);
  const invoices = new CopyWriter(c4, 'invoices', [
    'id',
    'seller_id',
    'order_id',
    'number',
    'number_prefix',
    'status',
    'payment_status',
    'payment_method',
    'currency',
    'subtotal_amount',
    'shipping_amount',
    'total_amount',
    'due_on',
    'snapshot',
    'issued_at',
    'paid_at',
  ]);
  const payments = new CopyWriter(c5, 'payments', [
    'id',
    'seller_id',
    'invoice_id',
    'attempt',
    'method',
    'status',
    'amount_minor',
    'currency',
    'idempotency_key',
    'stripe_payment_intent_id',
    'failure_code',
    'failure_message',
    'terms_method',
    'paid_on',
  ]);

  const now = Date.now();
  const span = 730 * DAY;
  const counters: { seller: number; orders: number; invoices: number }[] = [];
  let orderN = 0;
  let itemN = 0;
  let invoiceN = 0;
  for (let s = 0; s < S; s++) {
    const seller = sellerUuid(s);
    const count = ordersOf(s);
    let invoiceNumber = 0;
    for (let k = 0; k < count; k++) {
      const orderId = benchId(Kind.order, orderN++);
      const j = Math.floor(random() * buyersOf(s));
      const b = (s * 97 + j) % B;
      const placed = now - span + Math.floor(((k + random()) / count) * (span - DAY));
      // A few 200-line orders, pending, for the details and quantity scenarios.
      const large = s === READ_SELLER && k % 2_000 === 1_999;
      let status = large ? 'PENDING' : 'ACCEPTED';
      if (!large) {
        let r = random();
        for (const [name, weight] of STATUS_WEIGHTS) {
          if ((r -= weight) < 0) {
            status = name;
            break;
          }
        }
      }
      const card = buyerCard(b);
      const customerId = status === 'PENDING' && random() < 0.2 ? null : benchId(Kind.customer, customerBase[s]! + j);
      const lines = large ? 200 : 1 + Math.floor(random() * 9);
      let subtotal = 0;
      for (let p = 0; p < lines; p++) {
        const v = (k * 7 + p) % variantsOf(s);
        const price = 500 + ((v * 733) % 19_500);
        const quantity = large ? 10 : 1 + Math.floor(random() * 24);
        subtotal += price * quantity;
        await items.write([
          benchId(Kind.item, itemN++),
          seller,
          orderId,
          benchId(Kind.variant, variantBase[s]! + v),
          `S${s}-${v}`,
          `${PRODUCTS[v % PRODUCTS.length]} ${v}`,
          `Size ${1 + (v % 3)}`,
          price,
          'USD',
          quantity,
          price * quantity,
          p,
        ]);
      }
      const shipping = Math.floor(random() * 20) * 100;
      const total = subtotal + shipping;
      const invoiced = status === 'ACCEPTED' && random() < 0.8;
      let paymentStatus = 'UNPAID';
      if (invoiced) {
        const invoiceId = benchId(Kind.invoice, invoiceN);
        const paid = random() < (card ? 0.93 : 0.75);
        paymentStatus = paid ? 'PAID' : card ? 'FAILED' : 'UNPAID';
        const issued = placed + 2 * DAY;
        const iso = (t: number) => new Date(t).toISOString();
        await shipments.write([
          benchId(Kind.shipment, invoiceN),
          seller,
          orderId,
          'UPS',
          'Ground',
          `{1ZBENCH${invoiceN}}`,
          iso(placed + DAY).slice(0, 10),
          1_200,
          'USD',
        ]);
        await invoices.write([
          invoiceId,
          seller,
          orderId,
          ++invoiceNumber,
          'INV-',
          'ISSUED',
          paymentStatus,
          card ? 'CARD' : 'TERMS',
          'USD',
          subtotal,
          shipping,
          total,
          card ? null : iso(issued + 30 * DAY).slice(0, 10),
          '{"bench":true}',
          iso(issued),
          paid ? iso(issued + DAY) : null,
        ]);
        if (card || paid) {
          await payments.write([
            benchId(Kind.payment, invoiceN),
            seller,
            invoiceId,
            1,
            card ? 'CARD' : 'TERMS',
            paymentStatus,
            total,
            'USD',
            `bench-${invoiceN}`,
            card ? `pi_bench${invoiceN}` : null,
            paymentStatus === 'FAILED' ? 'card_declined' : null,
            paymentStatus === 'FAILED' ? 'Your card was declined.' : null,
            card ? null : 'CHECK',
            card ? null : iso(issued + DAY).slice(0, 10),
          ]);
        }
        invoiceN++;
      }
      const iso = new Date(placed).toISOString();
      const later = new Date(placed + DAY).toISOString();
      // The sellers keep the migration's default windows and time zone; the running deadline is the
      // accept-by while pending, the ship-by while accepted and not shipped (shipped = invoiced here).
      const acceptBy = endOfBusinessDaysAfter(new Date(placed), SELLER_ACCEPT_DAYS, SELLER_TIME_ZONE).toISOString();
      const shipBy =
        status === 'ACCEPTED'
          ? endOfBusinessDaysAfter(new Date(placed + DAY), SELLER_SHIP_DAYS, SELLER_TIME_ZONE).toISOString()
          : null;
      const deadline = status === 'PENDING' ? acceptBy : status === 'ACCEPTED' && !invoiced ? shipBy : null;
      await orders.write([
        orderId,
        seller,
        k + 1,
        benchId(Kind.buyer, b),
        buyerName(b),
        customerId,
        status,
        card ? 'CARD' : 'TERMS',
        paymentStatus,
        'USD',
        subtotal,
        shipping,
        total,
        lines,
        ...address(b),
        ...address(b),
        iso,
        status === 'ACCEPTED' ? later : null,
        status === 'REJECTED' ? later : null,
        status === 'REJECTED' ? 'OUT_OF_STOCK' : null,
        status === 'CANCELLED' ? later : null,
        status === 'CANCELLED' ? 'BUYER_REQUEST' : null,
        acceptBy,
        shipBy,
        deadline,
        iso,
        later,
      ]);
      await events.write([
        benchId(Kind.event, orderN),
        seller,
        orderId,
        'ORDER_PLACED',
        `Order placed by ${buyerName(b)}`,
        'BUYER',
        buyerName(b),
        iso,
      ]);
    }
    counters.push({ seller: s, orders: count, invoices: invoiceNumber });
  }
  await Promise.all([orders, items, events, shipments, invoices, payments].map((w) => w.end()));
  const counterRows = new CopyWriter(c0, 'seller_counters', ['seller_id', 'kind', 'next_value']);
  for (const c of counters) {
    await counterRows.write([sellerUuid(c.seller), 'ORDER_NUMBER', c.orders + 1]);
    await counterRows.write([sellerUuid(c.seller), 'INVOICE_NUMBER', c.invoices + 1]);
    await counterRows.write([sellerUuid(c.seller), 'CREDIT_NOTE_NUMBER', 1]);
  }
  await counterRows.end();
  await Promise.all(clients.map((c) => c.end()));

  await admin.query(`SET maintenance_work_mem = '256MB'`);
  for (const definition of droppedIndexes) await admin.query(definition);
  await admin.query('VACUUM ANALYZE');
  await admin.end();
  return { orders: orderN, items: itemN };
}

/** Drops the indexes no constraint needs (COPY into an indexed table is slow); returns their definitions. */
async function dropSecondaryIndexes(client: Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const row of rows) await client.query(`DROP INDEX ${row.name}`);
  return rows.map((row) => row.definition);
}
