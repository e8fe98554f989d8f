import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import { isoInZone } from '../common/date-format';
import { isoInstant } from '../common/iso-instant';
import { formatDecimal } from '../common/money-format';
import type { PaymentMethod } from '../billing/payment-method';
import type { PaymentStatus } from '../billing/payment-status';
import type { OrderStatus } from '../order-engine/order-status';
import { deadlineBoundaries } from '../sellers/business-days';
import { Seller } from '../sellers/seller.entity';
import { deadlineStatusOf } from '../order-engine/order-deadline-status';
import { EXPORT_LABELS } from './order-export-labels';
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
  status: OrderStatus;
  payment_status: PaymentStatus;
  payment_method: PaymentMethod;
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
 * How the CSV is written. `data` (the default, the partner contract in docs/partner-api.md): UTC
 * instants and enum values. `readable` (the dashboard's download): times in the seller's time zone
 * with their offset, to the second, and the dashboard's words for statuses.
 */
export enum ExportFormat {
  DATA = 'data',
  READABLE = 'readable',
}

export type ExportOptions = {
  format: ExportFormat;
  /**
   * Starts the file with a UTF-8 byte order mark: Excel on Windows reads a CSV without one in the
   * ANSI code page, garbling "Łódź". No `sep=` line: with one, Excel ignores the mark again.
   */
  excel: boolean;
};

const UTF8_BOM = '\uFEFF';

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

  async writeCsv(
    sellerId: string,
    filter: OrderFilter,
    sort: OrderSort,
    out: Writable,
    { format, excel }: ExportOptions = { format: ExportFormat.DATA, excel: false },
  ): Promise<void> {
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
      const readable = format === ExportFormat.READABLE;
      const time = readable ? (at: Date) => isoInZone(at, timeZone) : isoInstant;
      const word = <T extends string>(labels: Record<T, string>, value: T) => (readable ? labels[value] : value);
      const toCells = async function* (source: AsyncIterable<ExportRow>) {
        for await (const row of source) {
          const money = (amount: string) => formatDecimal({ amount: Number(amount), currency: row.currency });
          yield [
            String(row.number),
            time(row.placed_at),
            row.buyer_name,
            word(EXPORT_LABELS.status, row.status),
            word(EXPORT_LABELS.paymentStatus, row.payment_status),
            word(EXPORT_LABELS.paymentMethod, row.payment_method),
            String(row.item_count),
            money(row.subtotal_amount),
            money(row.shipping_amount),
            money(row.total_amount),
            row.currency,
            time(row.accept_by),
            row.ship_by ? time(row.ship_by) : '',
            row.deadline_at ? word(EXPORT_LABELS.deadline, deadlineStatusOf(row.deadline_at, boundaries)) : '',
          ].map(guard);
        }
      };
      if (excel) out.write(UTF8_BOM);
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
