import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seller business details printed on invoices and used on emails: the legal name, tax id, the
 * address to reply to, and remit-to instructions for terms invoices (the address columns exist).
 */
export class SellerBusinessDetails1764310000000 implements MigrationInterface {
  name = 'SellerBusinessDetails1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sellers
      ADD COLUMN legal_name text,
      ADD COLUMN tax_id text,
      ADD COLUMN reply_to_email text,
      ADD COLUMN remit_to_instructions text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sellers DROP COLUMN legal_name, DROP COLUMN tax_id, DROP COLUMN reply_to_email,
      DROP COLUMN remit_to_instructions`);
  }
}
