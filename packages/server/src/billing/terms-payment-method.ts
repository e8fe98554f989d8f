import { registerEnumType } from 'type-graphql';

/** How a buyer on terms paid outside the marketplace. */
export enum TermsPaymentMethod {
  CHECK = 'CHECK',
  ACH = 'ACH',
  WIRE = 'WIRE',
  OTHER = 'OTHER',
}
registerEnumType(TermsPaymentMethod, {
  name: 'TermsPaymentMethod',
  description: 'How a terms invoice was paid: cheque / money order, ACH transfer, wire, or another way.',
  valuesConfig: {
    CHECK: { description: 'Cheque or money order.' },
    ACH: { description: 'ACH bank transfer.' },
    WIRE: { description: 'Wire transfer.' },
    OTHER: { description: 'Any other way.' },
  },
});
