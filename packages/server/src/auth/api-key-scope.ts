import { registerEnumType } from 'type-graphql';

/** What an API key may do. The values are the scope names partners read in the docs. */
export enum ApiKeyScope {
  ORDERS_READ = 'orders:read',
  ORDERS_WRITE = 'orders:write',
  INVOICES_READ = 'invoices:read',
  INVOICES_WRITE = 'invoices:write',
  PAYMENTS_WRITE = 'payments:write',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'A permission of an API key; signed-in seller users have them all.',
  valuesConfig: {
    ORDERS_READ: { description: 'orders:read — read orders, their items, buyers, customers and timeline.' },
    ORDERS_WRITE: {
      description:
        'orders:write — split, edit, cancel, accept, reject and ship orders (implies orders:read); an edit or a cancellation that refunds the buyer also needs payments:write.',
    },
    INVOICES_READ: { description: 'invoices:read — read invoices and their payments.' },
    INVOICES_WRITE: { description: 'invoices:write — create and confirm invoices (implies invoices:read).' },
    PAYMENTS_WRITE: {
      description:
        'payments:write — retry card payments, mark invoices paid, retry and record refunds, and refund buyers through edits and cancellations (implies invoices:read).',
    },
  },
});

export const ALL_SCOPES: ReadonlySet<ApiKeyScope> = new Set(Object.values(ApiKeyScope));

/** A write scope lets a key read what its mutations answer with, as partners expect. */
const IMPLIED: Partial<Record<ApiKeyScope, ApiKeyScope>> = {
  [ApiKeyScope.ORDERS_WRITE]: ApiKeyScope.ORDERS_READ,
  [ApiKeyScope.INVOICES_WRITE]: ApiKeyScope.INVOICES_READ,
  [ApiKeyScope.PAYMENTS_WRITE]: ApiKeyScope.INVOICES_READ,
};

/** The scopes a key holds, with those its write scopes imply. */
export function effectiveScopes(granted: readonly ApiKeyScope[]): ReadonlySet<ApiKeyScope> {
  const scopes = new Set(granted);
  for (const scope of granted) {
    const implied = IMPLIED[scope];
    if (implied) scopes.add(implied);
  }
  return scopes;
}
