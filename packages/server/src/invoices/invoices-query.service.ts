import type { DataSource } from 'typeorm';
import type { Page } from '../common/connection';
import { readPage, searchPattern, SqlConditions, type PageArgs } from '../common/keyset-page';
import { LeanEntity } from '../common/lean-rows';
import { sellerTodaySql } from '../sellers/seller-today';
import type { InvoiceFilter } from './invoice-filter.input';
import { overdueInvoiceSql } from './invoice-overdue';
import { INVOICE_KEYSETS, InvoiceSort } from './invoice-sort';
import { Invoice } from './invoice.entity';

/** The properties of each invoice to read (what the answer selects); every property when null. */
export type InvoiceProperties = ReadonlySet<string> | null;

/** The seller's invoices list: keyset pages in one statement each, reading only the columns asked for. */
export class InvoicesQueryService {
  private readonly invoices: LeanEntity<Invoice>;

  constructor(private readonly db: DataSource) {
    this.invoices = LeanEntity.of(db, Invoice);
  }

  list(
    sellerId: string,
    filter: InvoiceFilter | null | undefined,
    page: PageArgs,
    sort: InvoiceSort = InvoiceSort.NEWEST,
    properties: InvoiceProperties = null,
  ): Promise<Page<Invoice>> {
    const keyset = INVOICE_KEYSETS[sort];
    const plan = this.invoices.planFor('i', properties && new Set([...properties, ...keyset.reads]));
    return readPage(this.db, {
      select: plan.select,
      from: 'invoices i',
      filter: this.filtered(sellerId, filter),
      keyset,
      page,
      build: (row) => this.invoices.hydrate(row, plan),
    });
  }

  private filtered(sellerId: string, filter: InvoiceFilter | null | undefined): SqlConditions {
    const q = new SqlConditions();
    const { conditions: and, param } = q;
    const seller = param(sellerId);
    and.push(`i.seller_id = ${seller}`);
    if (!filter) return q;
    if (filter.status) and.push(`i.status = ANY(${param(filter.status)}::text[])`);
    if (filter.overdue != null) {
      // IS [NOT] TRUE: an invoice without a due date is not overdue (the comparison alone is null).
      and.push(`${overdueInvoiceSql('i', sellerTodaySql(seller))} IS ${filter.overdue ? '' : 'NOT '}TRUE`);
    }
    if (filter.issuedFrom) and.push(`i.issued_at >= ${param(filter.issuedFrom)}`);
    if (filter.issuedTo) and.push(`i.issued_at < ${param(filter.issuedTo)}`);
    const pattern = searchPattern(filter.search, ['filter', 'search']);
    if (pattern) {
      // The buyer name is the order's (the orders list's own search, on its trigram index).
      const byName = `i.order_id IN (SELECT o.id FROM orders o WHERE o.seller_id = ${seller} AND o.buyer_name ILIKE ${param(pattern)})`;
      const printed = /^(\S*?)#?(\d{1,9})$/.exec(filter.search?.trim() ?? '');
      if (!printed) and.push(byName);
      else {
        const [, prefix, number] = printed;
        const byNumber = `i.number = ${param(Number(number))}`;
        and.push(
          prefix
            ? `((${byNumber} AND lower(i.number_prefix) = lower(${param(prefix)})) OR ${byName})`
            : `(${byNumber} OR ${byName})`,
        );
      }
    }
    return q;
  }
}
