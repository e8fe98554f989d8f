import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invoicing: the seller's business details printed on invoices, and a guard that keeps an issued
 * invoice immutable (only its payment status, payment date and voiding may change).
 */
export class Invoicing1764160000000 implements MigrationInterface {
  name = 'Invoicing1764160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sellers
      ADD COLUMN email text CHECK (email LIKE '%_@_%'),
      ADD COLUMN phone text,
      ADD COLUMN address_line1 text,
      ADD COLUMN address_line2 text,
      ADD COLUMN address_city text,
      ADD COLUMN address_region text,
      ADD COLUMN address_postal_code text,
      ADD COLUMN address_country char(2) CHECK (address_country ~ '^[A-Z]{2}$')`);

    await q.query(`CREATE FUNCTION invoices_issued_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> 'DRAFT' AND (
             NEW.number IS DISTINCT FROM OLD.number OR NEW.number_prefix IS DISTINCT FROM OLD.number_prefix
          OR NEW.order_id IS DISTINCT FROM OLD.order_id OR NEW.currency IS DISTINCT FROM OLD.currency
          OR NEW.subtotal_amount IS DISTINCT FROM OLD.subtotal_amount OR NEW.shipping_amount IS DISTINCT FROM OLD.shipping_amount
          OR NEW.total_amount IS DISTINCT FROM OLD.total_amount OR NEW.due_on IS DISTINCT FROM OLD.due_on
          OR NEW.snapshot IS DISTINCT FROM OLD.snapshot OR NEW.issued_at IS DISTINCT FROM OLD.issued_at
          OR NEW.payment_method IS DISTINCT FROM OLD.payment_method
          OR (NEW.status = 'DRAFT')) THEN
          RAISE EXCEPTION 'issued invoice % cannot be changed', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER invoices_issued_are_immutable BEFORE UPDATE ON invoices
      FOR EACH ROW EXECUTE FUNCTION invoices_issued_are_immutable()`);
    await q.query(`CREATE FUNCTION invoices_issued_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> 'DRAFT' THEN
          RAISE EXCEPTION 'issued invoice % cannot be deleted (void it instead)', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER invoices_issued_are_kept BEFORE DELETE ON invoices
      FOR EACH ROW EXECUTE FUNCTION invoices_issued_are_kept()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER invoices_issued_are_kept ON invoices`);
    await q.query(`DROP FUNCTION invoices_issued_are_kept()`);
    await q.query(`DROP TRIGGER invoices_issued_are_immutable ON invoices`);
    await q.query(`DROP FUNCTION invoices_issued_are_immutable()`);
    await q.query(`ALTER TABLE sellers DROP COLUMN email, DROP COLUMN phone, DROP COLUMN address_line1,
      DROP COLUMN address_line2, DROP COLUMN address_city, DROP COLUMN address_region,
      DROP COLUMN address_postal_code, DROP COLUMN address_country`);
  }
}
