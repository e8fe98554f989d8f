import { registerEnumType } from 'type-graphql';

export enum OrderSort {
  NEWEST = 'NEWEST',
  DEADLINE = 'DEADLINE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(OrderSort, {
  name: 'OrderSort',
  description: 'The order of the orders list; a cursor is only valid for the sort it came from.',
  valuesConfig: {
    NEWEST: { description: 'Newest placed first.' },
    DEADLINE: { description: 'Soonest running deadline first; orders without one last.' },
    UPDATED_AT: {
      description:
        'For sync: oldest change first, in the order the changes were made; a change appears once its ' +
        'transaction and every older one have ended. Keep the last endCursor and page on from it.',
    },
  },
});
