import { registerEnumType } from 'type-graphql';

export enum InvoiceStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  VOID = 'VOID',
}
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'DRAFT is the preview; ISSUED has its number and is immutable; VOID keeps its number, never reused.',
  valuesConfig: {
    DRAFT: { description: 'The preview of "Create Invoice": no number yet, changes with the order.' },
    ISSUED: { description: 'Confirmed: numbered and immutable.' },
    VOID: { description: 'Cancelled after issue; keeps its number.' },
  },
});
