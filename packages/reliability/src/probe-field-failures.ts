import { graphql } from './api';
import type { Families } from './families';
import type { SuiteContext } from './suite-context';

const MASKED = 'Something went wrong on our side. Please try again.';

/**
 * A table taken away, and a document whose other fields do not need it. `partial: false`: the
 * failing field is non-null up to the root, so GraphQL nulls the whole data (still a 200).
 */
type FieldFailure = { table: string; query: string; partial?: boolean };

const ORDER = (fields: string) => `query($id: ID!) { me { id } order(id: $id) { id ${fields} } }`;
const PAGE = (fields: string) => `{ me { id } orders(first: 3) { edges { node { id ${fields} } } } }`;

const FAILURES: FieldFailure[] = [
  { table: 'shipments', query: ORDER('shipment { id trackingNumbers }') },
  { table: 'invoices', query: ORDER('invoice { id number }') },
  { table: 'customers', query: ORDER('customer { id name paymentTermsLabel }') },
  { table: 'order_events', query: ORDER('events { id type }') },
  { table: 'order_items', query: ORDER('items { id quantity stockOnHand }') },
  { table: 'shipments', query: PAGE('shipment { id }') },
  { table: 'buyers', query: PAGE('buyer { id companyName }'), partial: false },
];

/**
 * One field's data source failing (a statement that errors) must cost that field only: the
 * operation answers 200 with the rest of its data and a masked error per failure, never a 500, a
 * stack trace or SQL. Found when a compiled execution's error without `extensions` made a nested
 * field's failure a 500 for the whole operation.
 */
export async function probeFieldFailures(ctx: SuiteContext, families: Families): Promise<void> {
  // An order with a customer: without one, its customer field answers null without a statement.
  const { rows } = await ctx.env.sql.query<{ id: string }>(
    `SELECT id FROM orders WHERE seller_id = $1 AND customer_id IS NOT NULL ORDER BY placed_at DESC LIMIT 1`,
    [ctx.a.data.sellerId],
  );
  const id = rows[0]!.id;
  for (const { table, query, partial = true } of FAILURES) {
    await ctx.env.sql.query(`ALTER TABLE ${table} RENAME TO ${table}_probe_gone`);
    try {
      const response = await graphql(ctx.env.apiUrl, query, { id }, ctx.a.session);
      const errors = response.body?.errors ?? [];
      const me = (response.body?.data?.me as { id?: string } | null | undefined)?.id;
      const clean =
        response.status === 200 &&
        (partial ? typeof me === 'string' : response.body?.data === null) &&
        errors.length > 0 &&
        errors.every((e) => e.message === MASKED && e.extensions?.code === 'INTERNAL_SERVER_ERROR') &&
        !new RegExp(`\\n\\s+at |SELECT|relation|${table}`).test(response.text);
      families.record('fieldFailures', {
        refused: clean,
        problem: clean ? null : `${table} gone, ${query}: ${response.status} ${response.text.slice(0, 200)}`,
      });
    } finally {
      await ctx.env.sql.query(`ALTER TABLE ${table}_probe_gone RENAME TO ${table}`);
    }
  }
}
