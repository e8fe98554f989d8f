import { registerEnumType } from 'type-graphql';

export enum RejectionReason {
  OUT_OF_STOCK = 'OUT_OF_STOCK',
  OUT_OF_TERRITORY = 'OUT_OF_TERRITORY',
  OTHER = 'OTHER',
}
registerEnumType(RejectionReason, {
  name: 'RejectionReason',
  description: 'Why a seller rejects an order; the buyer is emailed a matching explanation.',
  valuesConfig: {
    OUT_OF_STOCK: { description: 'Inventory is depleted.' },
    OUT_OF_TERRITORY: { description: 'The buyer is outside the territory the seller serves.' },
    OTHER: { description: 'Another reason, explained in the message (required).' },
  },
});
