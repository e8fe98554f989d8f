import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The timeline entry types when this migration was written (order-engine/order-event-type.ts). */
const ORDER_EVENT_TYPES = [
  'ORDER_PLACED',
  'ORDER_SPLIT',
  'ORDER_SPLIT_FROM',
  'ITEM_QUANTITY_UPDATED',
  'ITEM_REMOVED',
  'CUSTOMER_CREATED',
  'CUSTOMER_ASSOCIATED',
  'ORDER_ACCEPTED',
  'ORDER_REJECTED',
  'ORDER_EDITED',
  'ORDER_CANCELLED',
  'STOCK_RESTORED',
  'NOTE_ADDED',
  'SHIPMENT_SAVED',
  'SHIPMENT_UPDATED',
  'INVOICE_DRAFTED',
  'INVOICE_ISSUED',
  'INVOICE_MARKED_PAID',
  'INVOICE_VOIDED',
  'PAYMENT_RETRIED',
  'PAYMENT_PAID',
  'PAYMENT_FAILED',
  'PAYMENT_REQUIRES_ACTION',
  'PAYMENT_REFUNDED',
  'CREDIT_NOTE_ISSUED',
  'REFUND_REQUESTED',
  'REFUND_OWED',
  'REFUND_RECORDED',
  'REFUND_SUCCEEDED',
  'REFUND_FAILED',
  'EMAIL_SENT',
];

/**
 * The order's version in one place: every transaction that changes an order row is one new version
 * (and sets updated_at), counted by the database whoever writes the row, instead of by hand in each
 * UPDATE. `version_xact` remembers which transaction made the current version, so the several
 * statements of one change (status, totals, deadline, payment roll-up) make one version.
 *
 * Timeline types become a closed list: the demo seed had recorded a paid invoice as
 * "PAYMENT_SUCCEEDED", a type nothing else knew; those entries get the types the desk records.
 */
export class OrderVersions1764220000000 implements MigrationInterface {
  name = 'OrderVersions1764220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE orders ADD COLUMN version_xact bigint NOT NULL DEFAULT pg_current_xact_id()::text::bigint`,
    );
    await q.query(`CREATE FUNCTION order_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.version_xact IS DISTINCT FROM pg_current_xact_id()::text::bigint THEN
          NEW.version := OLD.version + 1;
          NEW.updated_at := now();
          NEW.version_xact := pg_current_xact_id()::text::bigint;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER orders_version BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION order_version()`,
    );

    await q.query(`UPDATE order_events SET type = CASE actor_type WHEN 'USER' THEN 'INVOICE_MARKED_PAID' ELSE 'PAYMENT_PAID' END
      WHERE type = 'PAYMENT_SUCCEEDED'`);
    await q.query(`ALTER TABLE order_events ADD CONSTRAINT order_events_type_known
      CHECK (type IN (${ORDER_EVENT_TYPES.map((type) => `'${type}'`).join(', ')}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_events DROP CONSTRAINT order_events_type_known`);
    await q.query(`DROP TRIGGER orders_version ON orders`);
    await q.query(`DROP FUNCTION order_version()`);
    await q.query(`ALTER TABLE orders DROP COLUMN version_xact`);
  }
}
