import { registerEnumType } from 'type-graphql';

export enum InvoiceStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  VOID = 'VOID',
}
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'DRAFT is the preview; ISSUED has its number and is immutable; VOID keeps its number, never reused.',
});
