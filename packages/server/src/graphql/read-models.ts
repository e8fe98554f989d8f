/**
 * What each GraphQL field of a row-backed type reads from its row, for the look-ahead reads: a field
 * named like an entity property reads that property; the others (getters and field resolvers) are
 * listed here with the properties they use, `ALL` when they hand the whole entity to a service.
 * read-models.test.ts checks that every field of these types is one or the other.
 */
export const ALL = '*';
export type ReadModel = {
  /** Read whatever is asked: identity, and what resolvers use besides their fields' reads. (A loader reads its key.) */
  always: readonly string[];
  fields: Readonly<Record<string, readonly string[] | typeof ALL>>;
};

const MONEY_TOTALS = {
  subtotal: ['subtotalAmount', 'currency'],
  shipping: ['shippingAmount', 'currency'],
  total: ['totalAmount', 'currency'],
};
const OWNED = ['id', 'sellerId'];
/** Fields whose resolvers load by the row's id (always read). */
const BY_ID: readonly string[] = [];

export const READ_MODELS = {
  Order: {
    always: OWNED,
    fields: {
      ...MONEY_TOTALS,
      buyer: ['buyerId'],
      customer: ['customerId'],
      parentOrder: ['parentOrderId'],
      amountToInvoice: ['relatedFacts', 'currency'],
      deadline: ['deadlineAt', 'status'],
      customerSuggestions: ALL,
      items: BY_ID,
      events: BY_ID,
      splitOrders: BY_ID,
      shipment: BY_ID,
      invoice: BY_ID,
      invoices: BY_ID,
      creditNotes: BY_ID,
      refunds: BY_ID,
      packingSlipUrl: BY_ID,
      availableActions: ['relatedFacts', 'number', 'status'],
    },
  },
  // Read by the order's items loader only: no resolver of a line or an event needs its seller or order.
  OrderItem: {
    always: ['id'],
    fields: {
      unitPrice: ['unitPriceAmount', 'currency'],
      lineTotal: ['lineTotalAmount', 'currency'],
      // Joined by the items loader when selected; a line a change answers with is a whole row.
      stockOnHand: [],
    },
  },
  OrderEvent: { always: ['id'], fields: { actor: ['actorType', 'actorName'] } },
  Invoice: {
    // The order's current invoice is picked by status from the same rows as its list.
    always: [...OWNED, 'orderId', 'status'],
    fields: {
      ...MONEY_TOTALS,
      displayNumber: ['number', 'numberPrefix'],
      document: ALL,
      order: ['orderId'],
      creditNotes: BY_ID,
      pdfUrl: ['status'],
      payments: BY_ID,
      availableActions: ['status', 'paymentMethod', 'paymentStatus'],
    },
  },
  Payment: { always: [...OWNED, 'invoiceId'], fields: { amount: ['amountMinor', 'currency'] } },
  CreditNote: {
    always: [...OWNED, 'orderId', 'invoiceId'],
    fields: {
      ...MONEY_TOTALS,
      displayNumber: ['number', 'numberPrefix'],
      document: ['snapshot'],
      order: ['orderId'],
      refunds: BY_ID,
      pdfUrl: BY_ID,
    },
  },
  Refund: {
    always: [...OWNED, 'orderId', 'creditNoteId'],
    fields: {
      amount: ['amountMinor', 'currency'],
      attempts: BY_ID,
      creditNoteNumber: ['creditNoteId'],
      availableActions: ['status', 'method'],
    },
  },
  RefundAttempt: { always: [...OWNED, 'refundId'], fields: {} },
  Shipment: { always: [...OWNED, 'orderId'], fields: { cost: ['costAmount', 'currency'] } },
  Buyer: { always: ['id'], fields: { customer: BY_ID } },
  Customer: {
    always: OWNED,
    fields: { paymentTermsLabel: ['paymentTermsDays'], buyers: ['buyerId'], openBalance: BY_ID, orders: BY_ID },
  },
} satisfies Record<string, ReadModel>;

export type ReadModelName = keyof typeof READ_MODELS;

const resolved = new WeakMap<ReadonlySet<string>, Map<ReadModel, ReadonlySet<string> | null>>();

/**
 * The entity properties a selection of fields reads; null when one of them needs the whole entity.
 * Cached per selection (selectedFields answers the same set for the same document).
 */
export function propertiesFor(model: ReadModel, fields: ReadonlySet<string>): ReadonlySet<string> | null {
  let byModel = resolved.get(fields);
  if (!byModel) resolved.set(fields, (byModel = new Map()));
  if (byModel.has(model)) return byModel.get(model)!;
  const properties = new Set(model.always);
  let all = false;
  for (const field of fields) {
    const reads = model.fields[field] ?? [field];
    if (reads === ALL) all = true;
    else for (const property of reads) properties.add(property);
  }
  const result = all ? null : properties;
  byModel.set(model, result);
  return result;
}
