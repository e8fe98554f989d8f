import pino from 'pino';
import type { DataSource } from 'typeorm';
import { BuyersQueryService } from '../buyers/buyers-query.service';
import { CatalogueService } from '../catalog/catalogue.service';
import { InvoiceSort } from '../invoices/invoice-sort';
import { InvoiceStatus } from '../invoices/invoice-status';
import { InvoicesQueryService } from '../invoices/invoices-query.service';
import type { StripeGateway } from '../payments/stripe-gateway';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { openTestStripe } from '../test/test-stripe';
import { seedDemoData } from './seed/demo-data';

// The plans of the invoices, buyers and catalogue variants pages on a marketplace-sized dataset: the
// demo data copied 60 times (about 12,000 orders per seller and their invoices), 20,000 buyers,
// 15,000 product variants per seller.

let db: TestDatabase;
let ds: DataSource;
let stripe: StripeGateway;
let sellerId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.dataSource;
  stripe = await openTestStripe(pino({ level: 'silent' }));
  await seedDemoData(ds, pino({ level: 'silent' }), { stripe: stripe.stripe });
  await ds.query(`CREATE TEMP TABLE copies AS
    SELECT o.id AS old_id, gen_random_uuid() AS new_id, k FROM orders o CROSS JOIN generate_series(1, 60) k`);
  await ds.query(`CREATE TEMP TABLE order_copies AS
    SELECT o.*, c.new_id, c.k FROM orders o JOIN copies c ON c.old_id = o.id`);
  await ds.query(`UPDATE order_copies SET id = new_id, number = number + k * 100000, parent_order_id = NULL,
    placed_at = placed_at - k * interval '1 day'`);
  await ds.query(`ALTER TABLE order_copies DROP COLUMN new_id, DROP COLUMN k`);
  await ds.query(`INSERT INTO orders SELECT * FROM order_copies`);
  await ds.query(`CREATE TEMP TABLE invoice_copies AS
    SELECT i.*, c.new_id AS new_order_id, c.k FROM invoices i JOIN copies c ON c.old_id = i.order_id`);
  await ds.query(`UPDATE invoice_copies SET id = gen_random_uuid(), order_id = new_order_id,
    number = number + k * 100000, created_at = created_at - k * interval '1 day'`);
  await ds.query(`ALTER TABLE invoice_copies DROP COLUMN new_order_id, DROP COLUMN k`);
  await ds.query(`INSERT INTO invoices SELECT * FROM invoice_copies`);
  await ds.query(`INSERT INTO buyers (company_name, contact_name, email, default_payment_method)
    SELECT 'Market buyer ' || n, 'Contact ' || n, 'buyer' || n || '@market.test', 'TERMS' FROM generate_series(1, 20000) n`);
  await ds.query(`INSERT INTO products (seller_id, name)
    SELECT s.id, 'Bulk product ' || lpad(n::text, 5, '0') FROM sellers s CROSS JOIN generate_series(1, 5000) n`);
  await ds.query(`INSERT INTO product_variants (seller_id, product_id, sku, name, unit_price_amount, currency)
    SELECT p.seller_id, p.id, 'BULK-' || p.id || '-' || k, 'Size ' || k, 1000, (SELECT currency FROM product_variants LIMIT 1)
      FROM products p CROSS JOIN generate_series(1, 3) k WHERE p.name LIKE 'Bulk product %'`);
  await ds.query(`ANALYZE`);
  [{ id: sellerId }] = await ds.query(`SELECT id FROM sellers WHERE name = 'Demo Brand'`);
}, 120_000);
afterAll(async () => {
  await stripe.stop();
  await db.drop();
});

/** The plan of each statement `read` sends, as EXPLAIN prints it. */
async function plansOf(read: () => Promise<unknown>): Promise<string[]> {
  const spy = jest.spyOn(ds.logger, 'logQuery');
  try {
    await read();
    const statements = spy.mock.calls.map(([sql, parameters]) => ({ sql, parameters }));
    return Promise.all(
      statements.map(async ({ sql, parameters }) => {
        const rows: { 'QUERY PLAN': string }[] = await ds.query(`EXPLAIN ${sql}`, parameters);
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      }),
    );
  } finally {
    spy.mockRestore();
  }
}

describe('list connection plans', () => {
  it('reads a page of invoices, in either sort, as a range of its index', async () => {
    const invoices = new InvoicesQueryService(ds);
    const first = await invoices.list(sellerId, null, { first: 25 }, InvoiceSort.NEWEST);
    const [newest] = await plansOf(() =>
      invoices.list(sellerId, null, { first: 25, after: first.pageInfo.endCursor }, InvoiceSort.NEWEST),
    );
    expect(newest).toMatch(/Index Scan using invoices_list_idx/);
    expect(newest).not.toMatch(/Seq Scan on invoices|Sort/);
    const [due] = await plansOf(() => invoices.list(sellerId, null, { first: 25 }, InvoiceSort.DUE_DATE));
    expect(due).toMatch(/Index Scan using invoices_due_idx/);
    expect(due).not.toMatch(/Seq Scan on invoices|Sort/);
    const [issued] = await plansOf(() =>
      invoices.list(sellerId, { status: [InvoiceStatus.ISSUED], overdue: true }, { first: 25 }, InvoiceSort.DUE_DATE),
    );
    expect(issued).not.toMatch(/Seq Scan on invoices/);
    const [search] = await plansOf(() => invoices.list(sellerId, { search: 'Fernwood' }, { first: 25 }));
    // Newest invoices first, each order probed by its key for the name, until the page is full.
    expect(search).not.toMatch(/Seq Scan on (invoices|orders)/);
  });

  it('reads a page of buyers and of catalogue variants without scanning the marketplace', async () => {
    const buyers = new BuyersQueryService(ds);
    const [all] = await plansOf(() => buyers.page(sellerId, null, { first: 25 }, null));
    // The seller's buyers come from its orders (all of them when the seller is half the table, as
    // here; orders_buyer_list_idx otherwise), each looked up by its key: the marketplace's are not read.
    expect(all).not.toMatch(/Seq Scan on buyers/);
    // A search checks each matching buyer against the seller's orders by index (on 20,000 buyers the
    // planner filters them in one pass; buyers_name_trgm serves a larger marketplace).
    const [search] = await plansOf(() => buyers.page(sellerId, 'home', { first: 25 }, null));
    expect(search).not.toMatch(/Seq Scan on orders/);
    const catalogue = new CatalogueService(ds);
    const first = await catalogue.page(sellerId, null, { first: 25 });
    const [variants] = await plansOf(() =>
      catalogue.page(sellerId, null, { first: 25, after: first.pageInfo.endCursor }),
    );
    // Products in name order from the cursor's name on, each product's variants by SKU.
    expect(variants).toMatch(/Index Only Scan using products_name_idx[^\n]*\n\s*Index Cond: [^\n]*name >=/);
    expect(variants).toMatch(/Index Scan using product_variants_product_idx/);
    expect(variants).not.toMatch(/Seq Scan on (product_variants|products)/);
  });
});
