import { ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection';
import { Invoice } from './invoice.entity';

@ObjectType({ description: 'A page of invoices, newest first or by due date.' })
export class InvoiceConnection extends connectionOf(Invoice, 'InvoiceEdge', {
  edge: 'An invoice with its position in the list.',
  node: 'The invoice.',
  edges: 'The page of invoices, each with its cursor.',
  totalCount: 'All invoices matching the filter, across pages.',
}) {}
