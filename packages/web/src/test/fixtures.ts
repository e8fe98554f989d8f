import type { Unmasked } from '@apollo/client';
import type {
  AcceptOrderCustomerDialogQuery,
  ApiKeysQuery,
  CurrentUserQuery,
  EditOrderMutation,
  InvoicePageQuery,
  OrderDetailsPageQuery,
  OrdersPageQuery,
  SettingsPageQuery,
  InvoiceAction,
  InvoiceStatus,
  PaymentMethod,
  PaymentStatus,
  RefundAction,
  RefundStatus,
  UserErrorCode,
  WebhookDeliveriesQuery,
  WebhookEndpointsQuery,
} from '../graphql/graphql';

/** Typed fixture builders (Saleor style): complete, valid objects with overridable fields. */

type InvoiceFacts = { status: InvoiceStatus; paymentMethod: PaymentMethod; paymentStatus: PaymentStatus };

/** What the API answers as the invoice's actions (its state table, server invoice-state-machine.ts): always derived, as the API does. */
function invoiceActionsOf({ status, paymentMethod, paymentStatus }: InvoiceFacts): InvoiceAction[] {
  if (status === 'DRAFT') return ['CONFIRM'];
  if (status !== 'ISSUED') return [];
  if (paymentMethod === 'CARD')
    return paymentStatus === 'FAILED' || paymentStatus === 'REQUIRES_ACTION' ? ['RETRY_PAYMENT'] : [];
  return paymentStatus === 'UNPAID' ? ['MARK_PAID'] : [];
}

/** The actions the API's refund state table answers (server refund-state-machine.ts). */
function refundActionsOf({ status, method }: { status: RefundStatus; method: PaymentMethod }): RefundAction[] {
  if (status === 'FAILED' && method === 'CARD') return ['RETRY'];
  return status === 'OWED' && method === 'TERMS' ? ['RECORD_PAID_BACK'] : [];
}

export type MoneyFixture = { __typename: 'Money'; amount: number; currency: string };

export function money(amount: number, currency = 'USD'): MoneyFixture {
  return { __typename: 'Money', amount, currency };
}

export function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3_600_000).toISOString();
}

export type SellerUserFixture = NonNullable<Unmasked<CurrentUserQuery>['me']>;

export function aSellerUser(overrides: Partial<SellerUserFixture> = {}): SellerUserFixture {
  return {
    __typename: 'SellerUser',
    id: 'U1',
    name: 'Olivia Owner',
    email: 'owner@demo-brand.test',
    role: 'OWNER',
    seller: { __typename: 'Seller', id: 'S1', name: 'Demo Brand', locale: 'en-US', timeZone: 'America/New_York' },
    ...overrides,
  };
}

export type OrderRowFixture = Unmasked<OrdersPageQuery>['orders']['edges'][number]['node'];

export function anOrderRow(overrides: Partial<OrderRowFixture> = {}): OrderRowFixture {
  return {
    __typename: 'Order',
    id: 'T3JkZXI6MTA0Mg',
    number: 1042,
    version: 3,
    deadline: null,
    placedAt: hoursAgo(3),
    status: 'PENDING',
    paymentStatus: 'UNPAID',
    itemCount: 4,
    buyerName: 'Acme Goods Co.',
    buyer: { __typename: 'Buyer', id: 'B1', companyName: 'Acme Goods Co.', contactName: 'Ada Buyer' },
    total: money(123450),
    shipment: null,
    invoice: null,
    invoices: [],
    amountToInvoice: money(0),
    ...overrides,
  };
}

export type OrderCreditNoteFixture = OrderDetailsFixture['creditNotes'][number];

export function anOrderCreditNote(overrides: Partial<OrderCreditNoteFixture> = {}): OrderCreditNoteFixture {
  return {
    __typename: 'CreditNote',
    id: 'CN1',
    displayNumber: 'DB-CN-3',
    reason: 'Order #1042 edited',
    issuedAt: hoursAgo(1),
    pdfUrl: '/credit-notes/CN1/pdf',
    total: money(1800),
    ...overrides,
  };
}

export type RefundFixture = OrderDetailsFixture['refunds'][number];

export function aRefund(overrides: Partial<RefundFixture> = {}): RefundFixture {
  const built: Omit<RefundFixture, 'availableActions'> = {
    __typename: 'Refund',
    id: 'R1',
    method: 'CARD',
    status: 'SUCCEEDED',
    amount: money(1800),
    creditNoteNumber: 'DB-CN-3',
    termsMethod: null,
    reference: null,
    refundedOn: null,
    createdAt: hoursAgo(1),
    attempts: [
      {
        __typename: 'RefundAttempt',
        id: 'RA1',
        attempt: 1,
        status: 'SUCCEEDED',
        failureMessage: null,
        stripeRefundId: 're_123',
        createdAt: hoursAgo(1),
      },
    ],
    ...overrides,
  };
  return { ...built, availableActions: refundActionsOf(built) };
}

export type OrderRowInvoiceFixture = NonNullable<OrderRowFixture['invoice']>;

/** The invoice of an orders-table row: issued, on terms, not yet due. */
export function anOrderRowInvoice(overrides: Partial<OrderRowInvoiceFixture> = {}): OrderRowInvoiceFixture {
  return {
    __typename: 'Invoice',
    id: 'INV1',
    displayNumber: 'DB-1001',
    status: 'ISSUED',
    dueOn: null,
    overdue: false,
    ...overrides,
  };
}

export type OrderStatusCountsFixture = NonNullable<Unmasked<OrdersPageQuery>['orderStatusCounts']>;

export function statusCounts(counts: {
  PENDING: number;
  ACCEPTED: number;
  REJECTED: number;
  CANCELLED: number;
}): OrderStatusCountsFixture {
  return {
    __typename: 'OrderStatusCounts',
    all: counts.PENDING + counts.ACCEPTED + counts.REJECTED + counts.CANCELLED,
    byStatus: (['PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED'] as const).map((status) => ({
      __typename: 'OrderStatusCount' as const,
      status,
      count: counts[status],
    })),
  };
}

export function ordersPage(
  rows: OrderRowFixture[],
  options: {
    totalCount?: number;
    hasNextPage?: boolean;
    hasPreviousPage?: boolean;
    counts?: OrderStatusCountsFixture | null;
  } = {},
): Unmasked<OrdersPageQuery> {
  return {
    orders: {
      __typename: 'OrderConnection',
      edges: rows.map((node) => ({ __typename: 'OrderEdge', cursor: `cursor-${node.number}`, node })),
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage: options.hasNextPage ?? false,
        hasPreviousPage: options.hasPreviousPage ?? false,
        startCursor: rows[0] ? `cursor-${rows[0].number}` : null,
        endCursor: rows.length > 0 ? `cursor-${rows[rows.length - 1]?.number}` : null,
      },
      totalCount: options.totalCount ?? rows.length,
    },
    ...(options.counts === null
      ? {}
      : {
          orderStatusCounts:
            options.counts ?? statusCounts({ PENDING: rows.length, ACCEPTED: 0, REJECTED: 0, CANCELLED: 0 }),
        }),
  };
}

export type OrderDetailsFixture = NonNullable<Unmasked<OrderDetailsPageQuery>['order']>;
export type OrderItemFixture = OrderDetailsFixture['items'][number];
export type OrderEventFixture = OrderDetailsFixture['events'][number];

export function anOrderEvent(overrides: Partial<OrderEventFixture> = {}): OrderEventFixture {
  return {
    __typename: 'OrderEvent',
    id: 'E1',
    type: 'ORDER_PLACED',
    summary: 'Order placed by Acme Goods Co.',
    data: null,
    createdAt: hoursAgo(50),
    actor: { __typename: 'Actor', type: 'BUYER', name: 'Ada Buyer' },
    ...overrides,
  };
}

export function anOrderItem(overrides: Partial<OrderItemFixture> = {}): OrderItemFixture {
  return {
    __typename: 'OrderItem',
    id: 'I1',
    sku: 'TEA-GRN-250',
    productName: 'Green Tea',
    variantName: '250 g tin',
    unitPrice: money(1250),
    quantity: 12,
    lineTotal: money(15000),
    stockOnHand: 40,
    ...overrides,
  };
}

export function anOrder(overrides: Partial<OrderDetailsFixture> = {}): OrderDetailsFixture {
  return {
    __typename: 'Order',
    id: 'T3JkZXI6MTA0Mg',
    number: 1042,
    status: 'PENDING',
    paymentStatus: 'UNPAID',
    paymentMethod: 'TERMS',
    version: 3,
    availableActions: ['SPLIT', 'UPDATE_QUANTITY', 'REMOVE_ITEM', 'ACCEPT', 'REJECT'],
    placedAt: hoursAgo(50),
    acceptedAt: null,
    rejectedAt: null,
    cancelledAt: null,
    rejectionReason: null,
    rejectionMessage: null,
    cancellationReason: null,
    cancellationMessage: null,
    restocked: false,
    buyerNote: null,
    customer: null,
    buyer: {
      __typename: 'Buyer',
      id: 'B1',
      companyName: 'Acme Goods Co.',
      contactName: 'Ada Buyer',
      email: 'ada@acme.test',
      phone: null,
      customer: null,
    },
    parentOrder: null,
    splitOrders: [],
    shippingAddress: {
      __typename: 'Address',
      name: 'Ada Buyer',
      company: 'Acme Goods Co.',
      line1: '12 Harbour Street',
      line2: null,
      city: 'Portland',
      region: 'OR',
      postalCode: '97201',
      country: 'US',
      phone: null,
    },
    billingAddress: {
      __typename: 'Address',
      name: 'Accounts Payable',
      company: 'Acme Holdings',
      line1: '400 Market Avenue',
      line2: 'Suite 9',
      city: 'Seattle',
      region: 'WA',
      postalCode: '98101',
      country: 'US',
      phone: null,
    },
    items: [
      anOrderItem(),
      anOrderItem({
        id: 'I2',
        sku: 'MUG-BLU-L',
        productName: 'Stoneware Mug',
        variantName: 'Large / Blue',
        unitPrice: money(900),
        quantity: 6,
        lineTotal: money(5400),
        stockOnHand: 2,
      }),
    ],
    subtotal: money(20400),
    shipping: money(1500),
    total: money(21900),
    events: [anOrderEvent()],
    shipment: null,
    invoice: null,
    invoices: [],
    amountToInvoice: money(0),
    creditNotes: [],
    refunds: [],
    ...overrides,
  };
}

export type CustomerFixture = NonNullable<
  Unmasked<AcceptOrderCustomerDialogQuery>['order']
>['customerSuggestions'][number];

export function aCustomer(overrides: Partial<CustomerFixture> = {}): CustomerFixture {
  return {
    __typename: 'Customer',
    id: 'C1',
    name: 'Acme Goods Co. (trade show account)',
    email: 'accounts@acme.test',
    paymentTermsLabel: 'Net 30',
    ...overrides,
  };
}

/** A mutation's userErrors entry. */
export function aUserError(code: UserErrorCode, message: string, field: string[] | null = null) {
  return { __typename: 'UserError' as const, code, message, field };
}

export type SettingsFixture = NonNullable<Unmasked<SettingsPageQuery>['me']>;

export function aSettingsUser(
  overrides: { role?: SettingsFixture['role']; buyerAccessRequiresApproval?: boolean } = {},
): SettingsFixture {
  return {
    __typename: 'SellerUser',
    id: 'U1',
    role: overrides.role ?? 'OWNER',
    seller: {
      __typename: 'Seller',
      id: 'S1',
      name: 'Demo Brand',
      buyerAccessRequiresApproval: overrides.buyerAccessRequiresApproval ?? false,
      acceptWithinBusinessDays: 2,
      shipWithinBusinessDays: 5,
      timeZone: 'America/New_York',
      locale: 'en-US',
      legalName: null,
      taxId: null,
      replyToEmail: null,
      remitToInstructions: null,
      address: {
        __typename: 'SellerAddress',
        line1: null,
        line2: null,
        city: null,
        region: null,
        postalCode: null,
        country: null,
      },
    },
  };
}

export type ShipmentFixture = NonNullable<OrderDetailsFixture['shipment']>;

export function aShipment(overrides: Partial<ShipmentFixture> = {}): ShipmentFixture {
  return {
    __typename: 'Shipment',
    id: 'SH1',
    carrier: 'UPS',
    service: 'Ground',
    trackingNumbers: ['1Z999AA10123456784'],
    shippedOn: '2025-11-20',
    cost: money(1500),
    ...overrides,
  };
}

export type OrderInvoiceFixture = NonNullable<OrderDetailsFixture['invoice']>;

export function anOrderInvoice(overrides: Partial<OrderInvoiceFixture> = {}): OrderInvoiceFixture {
  const built: Omit<OrderInvoiceFixture, 'availableActions'> = {
    __typename: 'Invoice',
    id: 'INV1',
    displayNumber: 'DB-1001',
    status: 'ISSUED',
    paymentStatus: 'UNPAID',
    paymentMethod: 'TERMS',
    total: money(21900),
    dueOn: '2025-12-26',
    overdue: false,
    issuedAt: hoursAgo(10),
    payments: [],
    ...overrides,
  };
  return { ...built, availableActions: invoiceActionsOf(built) };
}

/** An accepted order of a customer on Net 30 terms, not shipped yet: the Shipping tab's starting point. */
export function anAcceptedOrder(overrides: Partial<OrderDetailsFixture> = {}): OrderDetailsFixture {
  return anOrder({
    status: 'ACCEPTED',
    availableActions: ['SAVE_SHIPMENT'],
    acceptedAt: hoursAgo(20),
    customer: { __typename: 'Customer', id: 'C1', name: 'Acme Goods Co.', paymentTermsLabel: 'Net 30' },
    shipping: money(0),
    total: money(20400),
    ...overrides,
  });
}

export type InvoiceFixture = NonNullable<Unmasked<InvoicePageQuery>['invoice']>;
export type InvoiceDocumentFixture = InvoiceFixture['document'];

export function anInvoiceDocument(overrides: Partial<InvoiceDocumentFixture> = {}): InvoiceDocumentFixture {
  return {
    __typename: 'InvoiceDocument',
    supplementary: false,
    number: 'DB-1043',
    issueDate: '2025-11-26',
    dueDate: '2025-12-26',
    paymentMethod: 'TERMS',
    paymentTerms: 'Net 30',
    seller: {
      __typename: 'InvoiceParty',
      name: 'Demo Brand',
      email: 'wholesale@demo-brand.test',
      phone: '+1 503 555 0100',
      addressLines: ['1 Maker Lane', 'Portland, OR 97209', 'US'],
    },
    billTo: 'Acme Goods Co.',
    buyerContact: 'Ada Buyer <ada@acme.test>',
    billingAddress: {
      __typename: 'Address',
      name: 'Accounts Payable',
      company: 'Acme Holdings',
      line1: '400 Market Avenue',
      line2: 'Suite 9',
      city: 'Seattle',
      region: 'WA',
      postalCode: '98101',
      country: 'US',
    },
    shippingAddress: {
      __typename: 'Address',
      name: 'Ada Buyer',
      company: 'Acme Goods Co.',
      line1: '12 Harbour Street',
      line2: null,
      city: 'Portland',
      region: 'OR',
      postalCode: '97201',
      country: 'US',
    },
    orderNumber: 1042,
    orderDate: '2025-11-24',
    lines: [
      {
        __typename: 'InvoiceLine',
        sku: 'TEA-GRN-250',
        description: 'Green Tea – 250 g tin',
        quantity: 12,
        unitPrice: money(1250),
        lineTotal: money(15000),
      },
      {
        __typename: 'InvoiceLine',
        sku: 'MUG-BLU-L',
        description: 'Stoneware Mug – Large / Blue',
        quantity: 6,
        unitPrice: money(900),
        lineTotal: money(5400),
      },
    ],
    shipment: {
      __typename: 'InvoiceShipment',
      carrier: 'UPS',
      service: 'Ground',
      trackingNumbers: ['1Z999AA10123456784'],
      shippedOn: '2025-11-25',
    },
    subtotal: money(20400),
    shipping: money(2450),
    total: money(22850),
    ...overrides,
  };
}

export type InvoiceOrderFixture = InvoiceFixture['order'];

/** The order an invoice belongs to, as the invoice page reads it (a terms buyer, no card on file). */
export function anInvoiceOrder(overrides: Partial<InvoiceOrderFixture> = {}): InvoiceOrderFixture {
  return {
    __typename: 'Order',
    id: 'O1042',
    number: 1042,
    version: 7,
    paymentStatus: 'UNPAID',
    buyerName: 'Acme Goods Co.',
    buyer: { __typename: 'Buyer', id: 'B1', cardBrand: null, cardLast4: null },
    ...overrides,
  };
}

/** A draft invoice as the Invoice Preview shows it (number: the one it is expected to get). */
export function anInvoice(overrides: Partial<InvoiceFixture> = {}): InvoiceFixture {
  const built: Omit<InvoiceFixture, 'availableActions'> = {
    __typename: 'Invoice',
    id: 'INV1',
    status: 'DRAFT',
    number: null,
    displayNumber: null,
    paymentStatus: 'UNPAID',
    paymentMethod: 'TERMS',
    issuedAt: null,
    pdfUrl: null,
    dueOn: null,
    paidAt: null,
    overdue: false,
    total: money(22850),
    payments: [],
    voidReason: null,
    creditNotes: [],
    order: anInvoiceOrder(),
    document: anInvoiceDocument(),
    ...overrides,
  };
  return { ...built, availableActions: invoiceActionsOf(built) };
}

/** The same invoice once confirmed: its final number, frozen document and PDF. */
export function anIssuedInvoice(overrides: Partial<InvoiceFixture> = {}): InvoiceFixture {
  return anInvoice({
    status: 'ISSUED',
    number: 1043,
    displayNumber: 'DB-1043',
    issuedAt: '2025-11-26T15:04:00Z',
    pdfUrl: '/invoices/INV1/pdf',
    dueOn: '2025-12-26',
    ...overrides,
  });
}

export type PaymentFixture = InvoiceFixture['payments'][number];

/** A card charge of the invoice's total (attempt 1, paid). */
export function aPayment(overrides: Partial<PaymentFixture> = {}): PaymentFixture {
  return {
    __typename: 'Payment',
    id: 'PAY1',
    attempt: 1,
    method: 'CARD',
    status: 'PAID',
    amount: money(22850),
    failureCode: null,
    failureMessage: null,
    termsMethod: null,
    reference: null,
    paidOn: null,
    createdAt: '2025-11-26T15:04:05Z',
    ...overrides,
  };
}

/** An issued invoice of a card buyer (Visa •••• 4242): no due date, charged on Confirm. */
export function aCardInvoice(overrides: Partial<InvoiceFixture> = {}): InvoiceFixture {
  return anIssuedInvoice({
    paymentMethod: 'CARD',
    dueOn: null,
    document: anInvoiceDocument({ paymentMethod: 'CARD', paymentTerms: null, dueDate: null }),
    order: anInvoiceOrder({ buyer: { __typename: 'Buyer', id: 'B1', cardBrand: 'visa', cardLast4: '4242' } }),
    ...overrides,
  });
}

export type AdjustmentFixture = NonNullable<Unmasked<EditOrderMutation>['editOrder']['adjustment']>;

/** An edit's dry run that lowers a quantity on an order with nothing invoiced yet. */
export function anAdjustment(overrides: Partial<AdjustmentFixture> = {}): AdjustmentFixture {
  return {
    __typename: 'OrderAdjustment',
    committed: false,
    changes: ['TEA-GRN-250 quantity 12 → 10'],
    lines: [
      {
        __typename: 'OrderAdjustmentLine',
        sku: 'TEA-GRN-250',
        description: 'Green Tea · 250 g tin',
        unitPrice: money(1250),
        quantityBefore: 12,
        quantity: 10,
        lineTotal: money(12500),
      },
    ],
    totalBefore: money(21900),
    totalAfter: money(19400),
    voidedInvoiceNumbers: [],
    creditNote: null,
    refunds: [],
    amountToInvoice: money(0),
    ...overrides,
  };
}

export type WebhookEndpointFixture = Unmasked<WebhookEndpointsQuery>['webhookEndpoints'][number];

export function aWebhookEndpoint(overrides: Partial<WebhookEndpointFixture> = {}): WebhookEndpointFixture {
  return {
    __typename: 'WebhookEndpoint',
    id: 'WE1',
    url: 'https://erp.example.com/hooks',
    description: 'ERP',
    events: ['ORDER_PLACED', 'ORDER_ACCEPTED'],
    enabled: true,
    disabledReason: null,
    previousSecretExpiresAt: null,
    ...overrides,
  };
}

export type WebhookDeliveryFixture = Unmasked<WebhookDeliveriesQuery>['webhookDeliveries']['edges'][number]['node'];

/** A delivery that ran out of retries: the receiver kept answering 503. */
export function aWebhookDelivery(overrides: Partial<WebhookDeliveryFixture> = {}): WebhookDeliveryFixture {
  return {
    __typename: 'WebhookDelivery',
    id: 'WD1',
    eventId: 'EV1',
    eventType: 'order.accepted',
    status: 'FAILED',
    attempts: 3,
    lastStatusCode: 503,
    lastError: 'The endpoint answered HTTP 503',
    lastAttemptAt: hoursAgo(1),
    createdAt: hoursAgo(2),
    ...overrides,
  };
}

export type ApiKeyFixture = Unmasked<ApiKeysQuery>['apiKeys'][number];

export function anApiKey(overrides: Partial<ApiKeyFixture> = {}): ApiKeyFixture {
  return {
    __typename: 'ApiKey',
    id: 'K1',
    name: 'ERP sync',
    scopes: ['ORDERS_READ', 'ORDERS_WRITE'],
    prefix: 'odk_Xy3k',
    createdAt: '2026-11-20T10:00:00.000Z',
    lastUsedAt: null,
    ...overrides,
  };
}
