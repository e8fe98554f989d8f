import type { ApiKeyScope } from '../../graphql/graphql';

/** The scopes in the order the form lists them, with the names partners read in the API docs. */
export const API_KEY_SCOPES: ReadonlyArray<{ value: ApiKeyScope; name: string; description: string }> = [
  { value: 'ORDERS_READ', name: 'orders:read', description: 'Read orders, their items, buyers and timeline.' },
  { value: 'ORDERS_WRITE', name: 'orders:write', description: 'Split, edit, accept, reject and ship orders.' },
  { value: 'INVOICES_READ', name: 'invoices:read', description: 'Read invoices and their payments.' },
  { value: 'INVOICES_WRITE', name: 'invoices:write', description: 'Create and confirm invoices.' },
  { value: 'PAYMENTS_WRITE', name: 'payments:write', description: 'Retry card payments and mark invoices paid.' },
];

export const scopeName = (scope: ApiKeyScope): string =>
  API_KEY_SCOPES.find((candidate) => candidate.value === scope)?.name ?? scope;
