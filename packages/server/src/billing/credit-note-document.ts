import { Field, ObjectType } from 'type-graphql';
import { BillingDocument } from './billing-document';

@ObjectType({ description: 'The full content of a credit note, as the printable page and the PDF show it.' })
export class CreditNoteDocument extends BillingDocument {
  @Field({ description: 'The credit note number, e.g. "DB-CN-3".' })
  number: string;

  @Field({ description: 'Issue date, YYYY-MM-DD.' })
  issueDate: string;

  @Field({ description: 'The number of the invoice it credits.' })
  invoiceNumber: string;

  @Field({ description: 'Why the money was credited.' })
  reason: string;
}
