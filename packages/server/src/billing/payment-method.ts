import { registerEnumType } from 'type-graphql';

export enum PaymentMethod {
  CARD = 'CARD',
  TERMS = 'TERMS',
}
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description:
    'How the buyer pays: the card on file (charged through Stripe) or on terms (paid outside the marketplace).',
  valuesConfig: {
    CARD: { description: 'Credit card on file, charged automatically when the invoice is confirmed.' },
    TERMS: { description: 'Payment terms (e.g. Net 30): the seller marks the invoice paid.' },
  },
});
