import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { keyIn, leanQuery } from '../common/lean-rows';

/**
 * Where node(id:) looks, by GraphQL type. The IDs are the rows' own UUIDs (gen_random_uuid), unique
 * across these tables in practice, so a plain ID names one object without a type prefix and the IDs
 * partners already hold keep working (no Relay-style global IDs to translate).
 */
export const NODE_TABLES = {
  Order: 'orders',
  Invoice: 'invoices',
  CreditNote: 'credit_notes',
  Refund: 'refunds',
  Customer: 'customers',
  Shipment: 'shipments',
} as const;
export type NodeTypeName = keyof typeof NODE_TABLES;

/** The type of each of the seller's IDs, null for any other: one statement (primary-key probes) per batch. */
export function nodeTypeLoader(
  db: DataSource,
  sellerId: string,
  { cache }: { cache: boolean },
): DataLoader<string, NodeTypeName | null> {
  const sql = (condition: string) =>
    Object.entries(NODE_TABLES)
      .map(([type, table]) => `SELECT id, '${type}' AS type FROM ${table} WHERE ${condition} AND seller_id = $2`)
      .join(' UNION ALL ');
  return new DataLoader(
    async (ids) => {
      const { condition, parameter } = keyIn('id', ids);
      const rows = await leanQuery<{ id: string; type: NodeTypeName }>(db, sql(condition), [parameter, sellerId]);
      const types = new Map(rows.map((row) => [row.id, row.type]));
      return ids.map((id) => types.get(id) ?? null);
    },
    { cache },
  );
}
