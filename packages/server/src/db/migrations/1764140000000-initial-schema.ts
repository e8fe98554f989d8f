import type { MigrationInterface, QueryRunner } from 'typeorm';

const address = (prefix: string) => `
    ${prefix}name text NOT NULL,
    ${prefix}company text,
    ${prefix}line1 text NOT NULL,
    ${prefix}line2 text,
    ${prefix}city text NOT NULL,
    ${prefix}region text,
    ${prefix}postal_code text NOT NULL,
    ${prefix}country char(2) NOT NULL CHECK (${prefix}country ~ '^[A-Z]{2}$'),
    ${prefix}phone text`;

const currency = `currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$')`;

/**
 * The whole data model of the order desk. Child rows carry seller_id and reference their parent by
 * (seller_id, id), so a row can never point at another seller's data.
 */
export class InitialSchema1764140000000 implements MigrationInterface {
  name = 'InitialSchema1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`CREATE TABLE sellers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(trim(name)) > 0),
      ${currency},
      buyer_access_requires_approval boolean NOT NULL DEFAULT true,
      invoice_prefix text NOT NULL DEFAULT '' CHECK (length(invoice_prefix) <= 10),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);

    await q.query(`CREATE TABLE seller_counters (
      seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('ORDER_NUMBER', 'INVOICE_NUMBER', 'CREDIT_NOTE_NUMBER')),
      next_value integer NOT NULL CHECK (next_value >= 1),
      PRIMARY KEY (seller_id, kind)
    )`);

    await q.query(`CREATE TABLE seller_users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
      email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
      name text NOT NULL,
      password_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('OWNER', 'STAFF')),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (email)
    )`);
    await q.query(`CREATE INDEX seller_users_seller_idx ON seller_users (seller_id)`);

    await q.query(`CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
      seller_user_id uuid NOT NULL REFERENCES seller_users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL CHECK (expires_at > created_at)
    )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (seller_user_id)`);
    await q.query(`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`);

    await q.query(`CREATE TABLE buyers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      company_name text NOT NULL CHECK (length(trim(company_name)) > 0),
      contact_name text NOT NULL,
      email text NOT NULL CHECK (email LIKE '%_@_%'),
      phone text,
      default_payment_method text NOT NULL CHECK (default_payment_method IN ('CARD', 'TERMS')),
      stripe_customer_id text UNIQUE,
      stripe_payment_method_id text,
      card_brand text,
      card_last4 char(4) CHECK (card_last4 ~ '^[0-9]{4}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (default_payment_method <> 'CARD' OR (stripe_customer_id IS NOT NULL AND stripe_payment_method_id IS NOT NULL))
    )`);

    await q.query(`CREATE TABLE buyer_addresses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      buyer_id uuid NOT NULL REFERENCES buyers (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('SHIPPING', 'BILLING')),
      is_default boolean NOT NULL DEFAULT false,
      ${address('')}
    )`);
    await q.query(`CREATE INDEX buyer_addresses_buyer_idx ON buyer_addresses (buyer_id)`);
    await q.query(
      `CREATE UNIQUE INDEX buyer_addresses_one_default ON buyer_addresses (buyer_id, kind) WHERE is_default`,
    );

    await q.query(`CREATE TABLE customers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
      buyer_id uuid REFERENCES buyers (id) ON DELETE SET NULL,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      email text NOT NULL CHECK (email LIKE '%_@_%'),
      payment_terms_days integer NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (seller_id, id)
    )`);
    await q.query(
      `CREATE UNIQUE INDEX customers_one_per_buyer ON customers (seller_id, buyer_id) WHERE buyer_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX customers_name_trgm ON customers USING gin (name gin_trgm_ops)`);

    await q.query(`CREATE TABLE products (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      description text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (seller_id, id)
    )`);

    await q.query(`CREATE TABLE product_variants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL,
      product_id uuid NOT NULL,
      sku text NOT NULL CHECK (length(trim(sku)) > 0),
      name text,
      unit_price_amount bigint NOT NULL CHECK (unit_price_amount >= 0),
      ${currency},
      stock_on_hand integer NOT NULL DEFAULT 0 CHECK (stock_on_hand >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (seller_id, id),
      UNIQUE (seller_id, sku),
      FOREIGN KEY (seller_id, product_id) REFERENCES products (seller_id, id) ON DELETE CASCADE
    )`);

    await q.query(`CREATE TABLE orders (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL REFERENCES sellers (id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number >= 1),
      buyer_id uuid NOT NULL REFERENCES buyers (id),
      buyer_name text NOT NULL,
      customer_id uuid,
      parent_order_id uuid,
      status text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED')),
      payment_method text NOT NULL CHECK (payment_method IN ('CARD', 'TERMS')),
      payment_status text NOT NULL DEFAULT 'UNPAID'
        CHECK (payment_status IN ('UNPAID', 'PROCESSING', 'REQUIRES_ACTION', 'PAID', 'FAILED', 'REFUNDED', 'VOID')),
      ${currency},
      subtotal_amount bigint NOT NULL CHECK (subtotal_amount >= 0),
      shipping_amount bigint NOT NULL DEFAULT 0 CHECK (shipping_amount >= 0),
      total_amount bigint NOT NULL,
      item_count integer NOT NULL CHECK (item_count >= 0),
      ${address('shipping_')},
      ${address('billing_')},
      buyer_note text,
      placed_at timestamptz(3) NOT NULL,
      accepted_at timestamptz,
      rejected_at timestamptz,
      rejection_reason text CHECK (rejection_reason IN ('OUT_OF_STOCK', 'OUT_OF_TERRITORY', 'OTHER')),
      rejection_message text,
      cancelled_at timestamptz,
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (seller_id, id),
      UNIQUE (seller_id, number),
      CHECK (total_amount = subtotal_amount + shipping_amount),
      CHECK ((status = 'PENDING') OR (status = 'ACCEPTED' AND accepted_at IS NOT NULL)
        OR (status = 'REJECTED' AND rejected_at IS NOT NULL AND rejection_reason IS NOT NULL)
        OR (status = 'CANCELLED' AND cancelled_at IS NOT NULL)),
      CHECK (parent_order_id IS NULL OR parent_order_id <> id),
      FOREIGN KEY (seller_id, customer_id) REFERENCES customers (seller_id, id),
      FOREIGN KEY (seller_id, parent_order_id) REFERENCES orders (seller_id, id)
    )`);
    // Serve the orders list: newest first per seller, optionally per status / payment status / buyer,
    // with id as the keyset tie-breaker.
    await q.query(`CREATE INDEX orders_list_idx ON orders (seller_id, placed_at DESC, id DESC)`);
    await q.query(`CREATE INDEX orders_status_list_idx ON orders (seller_id, status, placed_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX orders_payment_status_list_idx ON orders (seller_id, payment_status, placed_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX orders_buyer_list_idx ON orders (seller_id, buyer_id, placed_at DESC, id DESC)`);
    await q.query(`CREATE INDEX orders_buyer_name_trgm ON orders USING gin (buyer_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX orders_parent_idx ON orders (parent_order_id) WHERE parent_order_id IS NOT NULL`);
    await q.query(`CREATE INDEX orders_customer_idx ON orders (customer_id) WHERE customer_id IS NOT NULL`);

    await q.query(`CREATE TABLE order_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL,
      order_id uuid NOT NULL,
      variant_id uuid,
      sku text NOT NULL,
      product_name text NOT NULL,
      variant_name text,
      unit_price_amount bigint NOT NULL CHECK (unit_price_amount >= 0),
      ${currency},
      quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
      line_total_amount bigint NOT NULL,
      position integer NOT NULL CHECK (position >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (seller_id, id),
      CHECK (line_total_amount = unit_price_amount * quantity),
      FOREIGN KEY (seller_id, order_id) REFERENCES orders (seller_id, id) ON DELETE CASCADE,
      FOREIGN KEY (seller_id, variant_id) REFERENCES product_variants (seller_id, id) ON DELETE SET NULL (variant_id)
    )`);
    await q.query(`CREATE INDEX order_items_order_idx ON order_items (order_id, position)`);
    await q.query(`CREATE INDEX order_items_variant_idx ON order_items (variant_id) WHERE variant_id IS NOT NULL`);

    await q.query(`CREATE TABLE shipments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL,
      order_id uuid NOT NULL,
      carrier text NOT NULL CHECK (length(trim(carrier)) BETWEEN 1 AND 100),
      service text CHECK (length(service) <= 100),
      tracking_numbers text[] NOT NULL DEFAULT '{}' CHECK (array_position(tracking_numbers, NULL) IS NULL),
      shipped_on date NOT NULL,
      cost_amount bigint NOT NULL DEFAULT 0 CHECK (cost_amount >= 0),
      ${currency},
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (seller_id, id),
      UNIQUE (order_id),
      FOREIGN KEY (seller_id, order_id) REFERENCES orders (seller_id, id) ON DELETE CASCADE
    )`);

    await q.query(`CREATE TABLE invoices (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL,
      order_id uuid NOT NULL,
      number integer CHECK (number >= 1),
      number_prefix text NOT NULL DEFAULT '',
      status text NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'VOID')),
      payment_status text NOT NULL DEFAULT 'UNPAID'
        CHECK (payment_status IN ('UNPAID', 'PROCESSING', 'REQUIRES_ACTION', 'PAID', 'FAILED', 'REFUNDED', 'VOID')),
      payment_method text NOT NULL CHECK (payment_method IN ('CARD', 'TERMS')),
      ${currency},
      subtotal_amount bigint NOT NULL CHECK (subtotal_amount >= 0),
      shipping_amount bigint NOT NULL CHECK (shipping_amount >= 0),
      total_amount bigint NOT NULL,
      due_on date,
      snapshot jsonb,
      issued_at timestamptz,
      paid_at timestamptz,
      voided_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (seller_id, id),
      CHECK (total_amount = subtotal_amount + shipping_amount),
      CHECK ((status = 'DRAFT') = (number IS NULL)),
      CHECK ((status = 'DRAFT') = (issued_at IS NULL)),
      CHECK (status = 'DRAFT' OR snapshot IS NOT NULL),
      CHECK ((status = 'VOID') = (voided_at IS NOT NULL)),
      CHECK ((payment_status = 'PAID') = (paid_at IS NOT NULL) OR payment_status = 'REFUNDED'),
      FOREIGN KEY (seller_id, order_id) REFERENCES orders (seller_id, id)
    )`);
    await q.query(
      `CREATE UNIQUE INDEX invoices_number_unique ON invoices (seller_id, number) WHERE number IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX invoices_one_current_per_order ON invoices (order_id) WHERE status <> 'VOID'`);
    await q.query(`CREATE INDEX invoices_seller_status_idx ON invoices (seller_id, status, payment_status)`);

    await q.query(`CREATE TABLE payments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL,
      invoice_id uuid NOT NULL,
      attempt integer NOT NULL CHECK (attempt >= 1),
      method text NOT NULL CHECK (method IN ('CARD', 'TERMS')),
      status text NOT NULL
        CHECK (status IN ('UNPAID', 'PROCESSING', 'REQUIRES_ACTION', 'PAID', 'FAILED', 'REFUNDED', 'VOID')),
      amount_minor bigint NOT NULL CHECK (amount_minor > 0),
      ${currency},
      idempotency_key text NOT NULL UNIQUE,
      stripe_payment_intent_id text UNIQUE,
      failure_code text,
      failure_message text,
      reference text,
      paid_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (invoice_id, attempt),
      FOREIGN KEY (seller_id, invoice_id) REFERENCES invoices (seller_id, id)
    )`);

    // `seq` orders the timeline: several events of one transaction share its now().
    await q.query(`CREATE TABLE order_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigint GENERATED ALWAYS AS IDENTITY,
      seller_id uuid NOT NULL,
      order_id uuid NOT NULL,
      type text NOT NULL CHECK (type ~ '^[A-Z_]+$'),
      summary text NOT NULL,
      actor_type text NOT NULL CHECK (actor_type IN ('USER', 'API_KEY', 'SYSTEM', 'BUYER')),
      actor_user_id uuid REFERENCES seller_users (id) ON DELETE SET NULL,
      actor_name text NOT NULL,
      data jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (actor_type <> 'USER' OR actor_user_id IS NOT NULL OR actor_name <> ''),
      FOREIGN KEY (seller_id, order_id) REFERENCES orders (seller_id, id) ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX order_events_order_idx ON order_events (order_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'order_events',
      'payments',
      'invoices',
      'shipments',
      'order_items',
      'orders',
      'product_variants',
      'products',
      'customers',
      'buyer_addresses',
      'buyers',
      'sessions',
      'seller_users',
      'seller_counters',
      'sellers',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    // up created it for the buyer-name search index; without CASCADE this fails, rather than breaks
    // anything, if objects outside this schema came to use it.
    await q.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
