import { registerEnumType } from 'type-graphql';
import { isoInstant } from '../common/iso-instant';
import { columnKeyset, type Keyset } from '../common/keyset';
import type { Invoice } from './invoice.entity';

export enum InvoiceSort {
  NEWEST = 'NEWEST',
  DUE_DATE = 'DUE_DATE',
}
registerEnumType(InvoiceSort, {
  name: 'InvoiceSort',
  description: 'The order of the invoices list; a cursor is only valid for the sort it came from.',
  valuesConfig: {
    NEWEST: { description: 'Newest first (when the invoice was created, as a draft).' },
    DUE_DATE: { description: 'Soonest due date first; invoices without one (card, drafts) last.' },
  },
});

/** The DUE_DATE sort key: the due date, invoices without one last. Indexed as is (invoices_due_idx). */
export const DUE_DATE_SORT_KEY = `coalesce(i.due_on, 'infinity'::date)`;

/** How each sort of the invoices list (invoices `i`) pages: on columns that never change, then the id. */
export const INVOICE_KEYSETS: Readonly<Record<InvoiceSort, Keyset<Invoice, string[]>>> = {
  [InvoiceSort.NEWEST]: columnKeyset<Invoice>('invoices', 'DESC', [
    { sql: 'i.created_at', kind: 'instant', read: 'createdAt', value: (i) => isoInstant(i.createdAt) },
    { sql: 'i.id', kind: 'id', read: 'id', value: (i) => i.id },
  ]),
  [InvoiceSort.DUE_DATE]: columnKeyset<Invoice>('invoices-due', 'ASC', [
    { sql: DUE_DATE_SORT_KEY, kind: 'date', read: 'dueOn', value: (i) => i.dueOn ?? 'infinity' },
    { sql: 'i.id', kind: 'id', read: 'id', value: (i) => i.id },
  ]),
};
