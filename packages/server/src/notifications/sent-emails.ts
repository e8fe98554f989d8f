import type { DataSource } from 'typeorm';

/** Which caught emails a seller sent, told by the Message-ID the delivery recorded on its outbox row. */
export class SentEmails {
  constructor(private readonly db: DataSource) {}

  /** Those of `messageIds` that are emails of this seller. */
  async ofSeller(sellerId: string, messageIds: string[]): Promise<Set<string>> {
    if (messageIds.length === 0) return new Set();
    const rows: { message_id: string }[] = await this.db.query(
      `SELECT message_id FROM outbound_emails WHERE seller_id = $1 AND message_id = ANY($2::text[])`,
      [sellerId, messageIds],
    );
    return new Set(rows.map((row) => row.message_id));
  }
}
