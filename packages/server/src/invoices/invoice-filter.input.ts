import { Field, InputType } from 'type-graphql';
import { InvoiceStatus } from './invoice-status';

@InputType({ description: 'Narrows the invoices list. All given conditions must hold.' })
export class InvoiceFilter {
  @Field(() => [InvoiceStatus], {
    nullable: true,
    description: 'Only invoices in one of these statuses (an empty list matches none).',
  })
  status?: InvoiceStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only issued invoices still owed past their due date; false: every other invoice.',
  })
  overdue?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Issued at or after this instant (drafts have no issue time).' })
  issuedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Issued before this instant (drafts have no issue time).' })
  issuedTo?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Invoice number ("1042", "#1042" or as printed, "DB-1042") or part of the buyer name.',
  })
  search?: string | null;
}
