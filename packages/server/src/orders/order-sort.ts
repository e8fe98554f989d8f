import { registerEnumType } from 'type-graphql';

export enum OrderSort {
  NEWEST = 'NEWEST',
  DEADLINE = 'DEADLINE',
}
registerEnumType(OrderSort, {
  name: 'OrderSort',
  description: 'The order of the orders list; a cursor is only valid for the sort it came from.',
  valuesConfig: {
    NEWEST: { description: 'Newest placed first.' },
    DEADLINE: { description: 'Soonest running deadline first; orders without one last.' },
  },
});
