import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import { formatDecimal } from '../common/money-format';
import { deadlineBoundaries } from '../sellers/business-days';
import { Seller } from '../sellers/seller.entity';
import { deadlineStatusOf } from '../order-engine/order-deadline-status';
import type { OrderFilter } from './order-filter.input';
import type { OrderSort } from './order-sort';
import type { OrdersQueryService } from './orders-query.service';

export const ORDER_EXPORT_HEADER = [
  'Order ID',
  'Placed',
  'Buyer',
  'Status',
  'Payment Status',
  'Payment Method',
  'Items',
  'Subtotal',
  'Shipping',
  'Total',
  'Currency',
  'Accept By',
  'Ship By',
  'Deadline',
] as const;

type ExportRow = {
  number: number;
  placed_at: Date;
  buyer_name: string;
  status: string;
  payment_status: string;
  payment_method: string;
  item_count: number;
  subtotal_amount: string;
  shipping_amount: string;
  total_amount: string;
  currency: string;
  accept_by: Date;
  ship_by: Date | null;
  deadline_at: Date | null;
};

/** Rows fetched per round trip from the cursor: memory stays flat whatever the number of orders. */
const BATCH_SIZE = 2_000;

/**
 * A spreadsheet cell opening with one of these is run as a formula (CSV injection): such cells get a
 * leading apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const guard = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/**
 * The orders list as CSV: the same filter and order as the list (OrdersQueryService builds the
 * query), streamed from a server-side cursor through the CSV writer to the response, so 100,000
 * orders never sit in memory together.
 */
export class OrderExportService {
  constructor(
    private readonly db: DataSource,
    private readonly orders: OrdersQueryService,
  ) {}

  async writeCsv(sellerId: string, filter: OrderFilter, sort: OrderSort, out: Writable): Promise<void> {
    const { timeZone } = await this.db.getRepository(Seller).findOneByOrFail({ id: sellerId });
    const boundaries = deadlineBoundaries(new Date(), timeZone);
    const { fromWhereOrder, parameters } = await this.orders.sorted(sellerId, filter, sort);
    const columns = [
      'number',
      'placed_at',
      'buyer_name',
      'status',
      'payment_status',
      'payment_method',
      'item_count',
      'subtotal_amount',
      'shipping_amount',
      'total_amount',
      'currency',
      'accept_by',
      'ship_by',
      'deadline_at',
    ];
    const sql = `SELECT ${columns.map((column) => `"o"."${column}" AS ${column}`).join(', ')} ${fromWhereOrder}`;
    const runner = this.db.createQueryRunner('slave');
    try {
      const client = (await runner.connect()) as PoolClient;
      const rows = client.query(new QueryStream(sql, parameters, { batchSize: BATCH_SIZE }));
      const toCells = async function* (source: AsyncIterable<ExportRow>) {
        for await (const row of source) {
          const money = (amount: string) => formatDecimal({ amount: Number(amount), currency: row.currency });
          yield [
            String(row.number),
            row.placed_at.toISOString(),
            row.buyer_name,
            row.status,
            row.payment_status,
            row.payment_method,
            String(row.item_count),
            money(row.subtotal_amount),
            money(row.shipping_amount),
            money(row.total_amount),
            row.currency,
            row.accept_by.toISOString(),
            row.ship_by?.toISOString() ?? '',
            row.deadline_at ? deadlineStatusOf(row.deadline_at, boundaries) : '',
          ].map(guard);
        }
      };
      await pipeline(
        rows,
        toCells,
        stringify({ header: true, columns: [...ORDER_EXPORT_HEADER], record_delimiter: '\r\n' }),
        out,
      );
    } finally {
      await runner.release();
    }
  }
}
