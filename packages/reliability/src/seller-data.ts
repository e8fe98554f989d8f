import type { Pool } from 'pg';

export type SellerData = {
  sellerId: string;
  /** Every ID of the seller's rows, by table (orders, order_items, invoices, customers…). */
  idsByTable: Map<string, string[]>;
  allIds: Set<string>;
};

/** The tables whose rows belong to one seller (they carry seller_id), read from the catalogue. */
export async function sellerTables(sql: Pool): Promise<string[]> {
  const { rows } = await sql.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.columns i ON i.table_schema = c.table_schema AND i.table_name = c.table_name AND i.column_name = 'id'
      WHERE c.table_schema = 'public' AND c.column_name = 'seller_id'
      ORDER BY c.table_name`,
  );
  return rows.map((r) => r.table_name);
}

export async function sellerIdByName(sql: Pool, name: string): Promise<string> {
  const { rows } = await sql.query<{ id: string }>(`SELECT id FROM sellers WHERE name = $1`, [name]);
  if (!rows[0]) throw new Error(`no seller named ${name}`);
  return rows[0].id;
}

export async function loadSellerData(sql: Pool, sellerId: string): Promise<SellerData> {
  const idsByTable = new Map<string, string[]>();
  const allIds = new Set<string>([sellerId]);
  for (const table of await sellerTables(sql)) {
    const { rows } = await sql.query<{ id: string }>(`SELECT id::text FROM "${table}" WHERE seller_id = $1`, [
      sellerId,
    ]);
    if (rows.length)
      idsByTable.set(
        table,
        rows.map((r) => r.id),
      );
    for (const row of rows) allIds.add(row.id);
  }
  return { sellerId, idsByTable, allIds };
}

/**
 * A checksum of every row the seller owns (its seller row included). API keys' last use is left out:
 * using a key is not a change to the seller's data.
 */
export async function sellerChecksum(sql: Pool, sellerId: string): Promise<string> {
  const parts = await Promise.all(
    ['sellers', ...(await sellerTables(sql))].map(async (table) => {
      const column = table === 'sellers' ? 'id' : 'seller_id';
      const { rows } = await sql.query<{ sum: string | null }>(
        `SELECT md5(string_agg(r, '|' ORDER BY r)) AS sum
           FROM (SELECT (to_jsonb(t) - 'last_used_at')::text AS r FROM "${table}" t WHERE ${column} = $1) x`,
        [sellerId],
      );
      return `${table}:${rows[0]?.sum ?? '-'}`;
    }),
  );
  return parts.join(',');
}
