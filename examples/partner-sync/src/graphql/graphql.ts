/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Accepts (approves) a pending order. */
export type AcceptOrderInput = {
  /** Needed when the buyer has no customer record with this (ungated) seller yet: see CUSTOMER_REQUIRED. */
  customer?: CustomerChoiceInput | null | undefined;
  /** The order's version the seller saw; when the order changed since, the change is refused (STALE_ORDER). */
  expectedVersion?: number | null | undefined;
  /** ID of the pending order. */
  orderId: string | number;
};

/** A permission of an API key; signed-in seller users have them all. */
export type ApiKeyScope =
  /** invoices:read — read invoices and their payments. */
  | 'INVOICES_READ'
  /** invoices:write — create and confirm invoices (implies invoices:read). */
  | 'INVOICES_WRITE'
  /** orders:read — read orders, their items, buyers, customers and timeline. */
  | 'ORDERS_READ'
  /** orders:write — split, edit, cancel, accept, reject and ship orders (implies orders:read); an edit or a cancellation that refunds the buyer also needs payments:write. */
  | 'ORDERS_WRITE'
  /** payments:write — retry card payments, mark invoices paid, retry and record refunds, and refund buyers through edits and cancellations (implies invoices:read). */
  | 'PAYMENTS_WRITE';

/** "Confirm": issues the draft with the next invoice number. */
export type ConfirmInvoiceInput = {
  /** The order's version the preview showed; when the order changed since, the confirm is refused (STALE_ORDER). */
  expectedOrderVersion?: number | null | undefined;
  /** ID of the draft invoice. */
  invoiceId: string | number;
};

/** A new API key: its name and what it may do. */
export type CreateApiKeyInput = {
  /** When the key stops working by itself (in the future, within 2 years); omitted: when revoked. */
  expiresAt?: string | null | undefined;
  /** What the key is for, e.g. "ERP sync" (at most 80 characters). */
  name: string;
  /** The scopes to grant; at least one. */
  scopes: Array<ApiKeyScope>;
};

/** "Create Invoice": opens the preview (a draft) of an accepted, shipped order. */
export type CreateInvoiceDraftInput = {
  /** ID of an accepted order with shipment info. */
  orderId: string | number;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** What it is for, e.g. "ERP" (200 characters at most). */
  description?: string | null | undefined;
  /** The events to send; at least one. */
  events: Array<WebhookEventType>;
  /** https:// URL events are POSTed to (http://localhost only in development). */
  url: string;
};

/** How to link the buyer of an order to a customer: exactly one of the two. */
export type CustomerChoiceInput = {
  /** Create a new customer from the buyer. */
  createNew?: NewCustomerInput | null | undefined;
  /** Associate the buyer with this existing customer. */
  existingCustomerId?: string | number | null | undefined;
};

/** How close a running deadline is, counted in the seller's time zone. */
export type DeadlineStatus =
  /** Due on the next business day. */
  | 'AT_RISK'
  /** Due later today. */
  | 'DUE_TODAY'
  /** The deadline has passed. */
  | 'LATE'
  /** Due after the next business day. */
  | 'ON_TRACK';

/** A new customer record, made from the buyer of the order. */
export type NewCustomerInput = {
  /** Where invoices go. */
  email: string;
  /** Customer name, usually the company. */
  name: string;
  /** Payment terms in days (default 30; 0 = due on receipt). */
  paymentTermsDays?: number | null | undefined;
};

/** What a timeline entry records. */
export type OrderEventType =
  /** Money was credited. */
  | 'CREDIT_NOTE_ISSUED'
  /** The buyer was linked to an existing customer. */
  | 'CUSTOMER_ASSOCIATED'
  /** A customer was created from the buyer on accepting. */
  | 'CUSTOMER_CREATED'
  /** An email to the buyer was sent. */
  | 'EMAIL_SENT'
  /** Create Invoice: the preview. */
  | 'INVOICE_DRAFTED'
  /** Confirm: the invoice got its number. */
  | 'INVOICE_ISSUED'
  /** A terms invoice was marked paid. */
  | 'INVOICE_MARKED_PAID'
  /** An unpaid invoice was voided. */
  | 'INVOICE_VOIDED'
  /** A quantity changed while pending. */
  | 'ITEM_QUANTITY_UPDATED'
  /** An item was deleted while pending. */
  | 'ITEM_REMOVED'
  /** A seller's internal note. */
  | 'NOTE_ADDED'
  /** The seller accepted the order. */
  | 'ORDER_ACCEPTED'
  /** Cancel Order after acceptance. */
  | 'ORDER_CANCELLED'
  /** Edit Order after acceptance. */
  | 'ORDER_EDITED'
  /** The buyer placed the order. */
  | 'ORDER_PLACED'
  /** The seller rejected the order. */
  | 'ORDER_REJECTED'
  /** Items moved from this order to a new one. */
  | 'ORDER_SPLIT'
  /** This order was split from another. */
  | 'ORDER_SPLIT_FROM'
  /** A card charge failed. */
  | 'PAYMENT_FAILED'
  /** A card charge succeeded. */
  | 'PAYMENT_PAID'
  /** Stripe reported the payment refunded. */
  | 'PAYMENT_REFUNDED'
  /** A card charge needs the buyer to authenticate. */
  | 'PAYMENT_REQUIRES_ACTION'
  /** Retry Payment started a new card charge. */
  | 'PAYMENT_RETRIED'
  /** A card refund failed. */
  | 'REFUND_FAILED'
  /** An amount is owed back on terms. */
  | 'REFUND_OWED'
  /** A terms refund was recorded as paid back. */
  | 'REFUND_RECORDED'
  /** A card refund was sent to Stripe. */
  | 'REFUND_REQUESTED'
  /** A card refund went through. */
  | 'REFUND_SUCCEEDED'
  /** Save Shipment Info, the first time. */
  | 'SHIPMENT_SAVED'
  /** The shipment info changed. */
  | 'SHIPMENT_UPDATED'
  /** A cancellation put the goods back in stock. */
  | 'STOCK_RESTORED';

/** Narrows the orders list. All given conditions must hold. */
export type OrderFilter = {
  /** Only orders of this buyer. */
  buyerId?: string | number | null | undefined;
  /** Only orders accepted for this customer (Customer.orders). */
  customerId?: string | number | null | undefined;
  /** Only orders whose running deadline (accept-by or ship-by) has this status now. */
  deadlineStatus?: DeadlineStatus | null | undefined;
  /** Only orders whose issued invoice is unpaid past its due date. */
  overdue?: boolean | null | undefined;
  /** Only orders with this payment status. */
  paymentStatus?: PaymentStatus | null | undefined;
  /** Placed at or after this instant. */
  placedFrom?: string | null | undefined;
  /** Placed before this instant. */
  placedTo?: string | null | undefined;
  /** Order number (e.g. "1042" or "#1042") or part of the buyer name (3+ characters use the index). */
  search?: string | null | undefined;
  /** Only orders in this status. */
  status?: OrderStatus | null | undefined;
  /** Changed at or after this instant (updatedAt). To sync, page with sort UPDATED_AT and keep the endCursor: a timestamp alone can miss a change committed late (see the partner API guide). */
  updatedSince?: string | null | undefined;
};

/** The order's review state. Shipping, invoicing and payment are tracked on their own records. */
export type OrderStatus =
  /** Approved by the seller; it can be shipped and invoiced. */
  | 'ACCEPTED'
  /** Cancelled after acceptance. */
  | 'CANCELLED'
  /** Placed by the buyer, waiting for the seller to review it. */
  | 'PENDING'
  /** Rejected by the seller; the buyer was emailed. */
  | 'REJECTED';

/** How the buyer pays: the card on file (charged through Stripe) or on terms (paid outside the marketplace). */
export type PaymentMethod =
  /** Credit card on file, charged automatically when the invoice is confirmed. */
  | 'CARD'
  /** Payment terms (e.g. Net 30): the seller marks the invoice paid. */
  | 'TERMS';

/** The payment axis of an invoice (and of its order): separate from the order's own status. */
export type PaymentStatus =
  /** The last card charge failed; it can be retried. */
  | 'FAILED'
  /** Paid in full. */
  | 'PAID'
  /** A card charge is in flight. */
  | 'PROCESSING'
  /** The payment was refunded. */
  | 'REFUNDED'
  /** The card issuer asks the buyer to authenticate. */
  | 'REQUIRES_ACTION'
  /** Not paid yet (also: not invoiced yet). */
  | 'UNPAID'
  /** The invoice was voided before payment. */
  | 'VOID';

/** Shipment info of an accepted order ("Save Shipment Info"); editable until the invoice is issued. */
export type SaveShipmentInput = {
  /** Carrier name, e.g. one of `carriers`, or another. */
  carrier: string;
  /** The order's version the seller saw (STALE_ORDER when it changed). */
  expectedVersion?: number | null | undefined;
  /** ID of the accepted order. */
  orderId: string | number;
  /** Service level, e.g. "Ground". */
  service?: string | null | undefined;
  /** Ship date, YYYY-MM-DD: not before the order was placed, at most 30 days ahead. */
  shippedOn: string;
  /** Shipping cost charged to the buyer, in minor units (cents); 0 for free shipping. */
  shippingCost: number;
  /** One or more tracking numbers. */
  trackingNumbers: Array<string>;
};

/** Email and password of a seller user. */
export type SignInInput = {
  /** Sign-in email (any case). */
  email: string;
  /** The password. */
  password: string;
};

/** Sets the quantity of one line of a pending order. */
export type UpdateOrderItemQuantityInput = {
  /** The order's version the seller saw; when the order changed since, the change is refused (STALE_ORDER). */
  expectedVersion?: number | null | undefined;
  /** ID of the item. */
  orderItemId: string | number;
  /** A whole number from 1 to 100,000. */
  quantity: number;
};

/** Why a mutation refused: stable codes, one enum for the whole API, to map to messages. */
export type UserErrorCode =
  /** The order’s status does not allow this action now (see Order.availableActions). */
  | 'ACTION_NOT_ALLOWED'
  /** The invoice is already paid. */
  | 'ALREADY_PAID'
  /** The buyer is linked to another of the seller’s customers: unlink it there first. */
  | 'BUYER_LINKED_TO_OTHER_CUSTOMER'
  /** The buyer does not exist or never ordered from this seller. */
  | 'BUYER_NOT_FOUND'
  /** The buyer is not linked to this customer. */
  | 'BUYER_NOT_LINKED'
  /** The buyer is already linked to a customer. */
  | 'CUSTOMER_ALREADY_SET'
  /** The customer is linked to another buyer. */
  | 'CUSTOMER_LINKED_TO_OTHER_BUYER'
  /** The customer does not exist (or is not this seller’s). */
  | 'CUSTOMER_NOT_FOUND'
  /** The buyer has no customer relationship: create or choose a customer. */
  | 'CUSTOMER_REQUIRED'
  /** The webhook delivery does not exist (or is not this seller’s). */
  | 'DELIVERY_NOT_FOUND'
  /** The delivery is still being sent. */
  | 'DELIVERY_PENDING'
  /** The description is too long. */
  | 'DESCRIPTION_TOO_LONG'
  /** No item was chosen to split. */
  | 'EMPTY_SPLIT'
  /** The endpoint is disabled: enable it first. */
  | 'ENDPOINT_DISABLED'
  /** The webhook endpoint does not exist (or is not this seller’s). */
  | 'ENDPOINT_NOT_FOUND'
  /** This moves money: with an API key, send an Idempotency-Key header. */
  | 'IDEMPOTENCY_KEY_REQUIRED'
  /** The email and password do not match an account. */
  | 'INVALID_CREDENTIALS'
  /** The customer’s details are invalid (name, email or payment terms). */
  | 'INVALID_CUSTOMER'
  /** Choose at least one event. */
  | 'INVALID_EVENTS'
  /** An input is out of its allowed range. */
  | 'INVALID_INPUT'
  /** The payment details are invalid. */
  | 'INVALID_PAYMENT'
  /** A quantity is not a whole number in the allowed range. */
  | 'INVALID_QUANTITY'
  /** The refund details are invalid. */
  | 'INVALID_REFUND'
  /** A seller setting is out of range or unknown. */
  | 'INVALID_SETTING'
  /** The shipment info is invalid. */
  | 'INVALID_SHIPMENT'
  /** The shipping cost is negative or too large. */
  | 'INVALID_SHIPPING'
  /** The time range is empty or reversed (from must be before to). */
  | 'INVALID_TIME_RANGE'
  /** The webhook URL is not an https URL the desk may call. */
  | 'INVALID_URL'
  /** The order is already invoiced for this. */
  | 'INVOICE_ALREADY_ISSUED'
  /** The invoice does not exist (or is not this seller’s). */
  | 'INVOICE_NOT_FOUND'
  /** The item is not on the order. */
  | 'ITEM_NOT_FOUND'
  /** The last item of an order cannot be removed. */
  | 'LAST_ITEM'
  /** The reason "Other" needs a message to the buyer. */
  | 'MESSAGE_REQUIRED'
  /** The message to the buyer is too long. */
  | 'MESSAGE_TOO_LONG'
  /** A note must have 1 to 2,000 characters. */
  | 'NOTE_INVALID'
  /** Stock on hand covers every line of the order: there is nothing to split by availability. */
  | 'NOTHING_SHORT'
  /** Only a terms invoice is marked paid. */
  | 'NOT_A_TERMS_INVOICE'
  /** The API key does not exist (or is not this seller’s). */
  | 'NOT_FOUND'
  /** The operation cannot run over this transport (e.g. signIn over a WebSocket). */
  | 'NOT_SUPPORTED'
  /** The edit changes nothing. */
  | 'NO_CHANGES'
  /** The order does not exist (or is not this seller’s). */
  | 'ORDER_NOT_FOUND'
  /** The order is paid, so it cannot be split. */
  | 'ORDER_PAID'
  /** A card payment or refund is in flight: try again once it settles. */
  | 'PAYMENT_IN_PROGRESS'
  /** Only a failed card payment can be retried (see Invoice.availableActions). */
  | 'PAYMENT_NOT_RETRYABLE'
  /** The product is not in the seller’s catalogue. */
  | 'PRODUCT_NOT_FOUND'
  /** The refund cannot be recorded now (see Refund.availableActions). */
  | 'REFUND_NOT_ALLOWED'
  /** The refund does not exist (or is not this seller’s). */
  | 'REFUND_NOT_FOUND'
  /** Only a failed card refund can be retried (see Refund.availableActions). */
  | 'REFUND_NOT_RETRYABLE'
  /** The range holds more events than one replay sends: replay a shorter range. */
  | 'REPLAY_TOO_LARGE'
  /** A required input is empty. */
  | 'REQUIRED'
  /** Save the shipment info before invoicing. */
  | 'SHIPMENT_REQUIRED'
  /** The order was shipped: confirm the cancellation anyway. */
  | 'SHIPPED_ORDER'
  /** Every item was chosen to split: at least one must stay. */
  | 'SPLIT_ALL_ITEMS'
  /** The order changed since expectedVersion: reload it. */
  | 'STALE_ORDER'
  /** An input is longer than allowed. */
  | 'TOO_LONG'
  /** The seller has as many active API keys as allowed: revoke one first. */
  | 'TOO_MANY_API_KEYS'
  /** Too many failed sign-ins: wait retryAfterSeconds. */
  | 'TOO_MANY_ATTEMPTS'
  /** The seller has as many webhook endpoints as allowed. */
  | 'TOO_MANY_ENDPOINTS';

/** An order or invoice event a webhook endpoint can subscribe to (sent as e.g. "order.accepted"). */
export type WebhookEventType =
  /** credit_note.issued: money was credited on a paid order. */
  | 'CREDIT_NOTE_ISSUED'
  /** invoice.issued: an invoice was confirmed with its number. */
  | 'INVOICE_ISSUED'
  /** invoice.paid: a card charge succeeded or a terms invoice was marked paid. */
  | 'INVOICE_PAID'
  /** invoice.payment_failed: a card charge failed or needs the buyer. */
  | 'INVOICE_PAYMENT_FAILED'
  /** invoice.voided: an unpaid invoice was voided by an edit or cancellation. */
  | 'INVOICE_VOIDED'
  /** order.accepted: the seller accepted an order. */
  | 'ORDER_ACCEPTED'
  /** order.cancelled: the seller cancelled an accepted order. */
  | 'ORDER_CANCELLED'
  /** order.edited: quantities, items or shipping changed. */
  | 'ORDER_EDITED'
  /** order.placed: a buyer placed an order. */
  | 'ORDER_PLACED'
  /** order.rejected: the seller rejected an order. */
  | 'ORDER_REJECTED'
  /** order.split: items moved to a new order (both orders in the event). */
  | 'ORDER_SPLIT'
  /** refund.failed: a card refund failed (it can be retried). */
  | 'REFUND_FAILED'
  /** refund.succeeded: a card refund went through. */
  | 'REFUND_SUCCEEDED'
  /** shipment.saved: the shipment info was saved for the first time. */
  | 'SHIPMENT_SAVED'
  /** shipment.updated: saved shipment info changed (before and after in the event). */
  | 'SHIPMENT_UPDATED';

export type AcceptOrderMutationVariables = Exact<{
  input: AcceptOrderInput;
}>;


export type AcceptOrderMutation = { acceptOrder: { order: { id: string, status: OrderStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type OrderCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderCountQuery = { orders: { totalCount: number } };

export type PendingOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingOrdersQuery = { orders: { edges: Array<{ node: { id: string, version: number, buyerName: string, paymentMethod: PaymentMethod, customer: { id: string } | null, items: Array<{ id: string, quantity: number }> } }> } };

export type UpdateQuantityMutationVariables = Exact<{
  input: UpdateOrderItemQuantityInput;
}>;


export type UpdateQuantityMutation = { updateOrderItemQuantity: { order: { version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type OrderTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderTimelineQuery = { order: { status: OrderStatus, events: Array<{ type: OrderEventType }> } | null };

export type ShipOrderMutationVariables = Exact<{
  input: SaveShipmentInput;
}>;


export type ShipOrderMutation = { saveShipment: { userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type CreateInvoiceDraftMutationVariables = Exact<{
  input: CreateInvoiceDraftInput;
}>;


export type CreateInvoiceDraftMutation = { createInvoiceDraft: { invoice: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type ConfirmInvoiceMutationVariables = Exact<{
  input: ConfirmInvoiceInput;
}>;


export type ConfirmInvoiceMutation = { confirmInvoice: { invoice: { paymentStatus: PaymentStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PaymentStatusChangedSubscriptionVariables = Exact<{
  invoiceId?: string | number | null | undefined;
}>;


export type PaymentStatusChangedSubscription = { invoicePaymentStatusChanged: { id: string, displayNumber: string | null, paymentStatus: PaymentStatus, order: { id: string, number: number } } };

export type SyncedOrderFragment = { id: string, number: number, version: number, status: OrderStatus, paymentStatus: PaymentStatus, buyerName: string, updatedAt: string, total: { amount: number, currency: string }, items: Array<{ id: string, sku: string, quantity: number }> };

export type ChangedOrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type ChangedOrdersQuery = { orders: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: number, version: number, status: OrderStatus, paymentStatus: PaymentStatus, buyerName: string, updatedAt: string, total: { amount: number, currency: string }, items: Array<{ id: string, sku: string, quantity: number }> } }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SyncedOrderFragmentDoc = new TypedDocumentString(`
    fragment SyncedOrder on Order {
  id
  number
  version
  status
  paymentStatus
  buyerName
  updatedAt
  total {
    amount
    currency
  }
  items {
    id
    sku
    quantity
  }
}
    `, {"fragmentName":"SyncedOrder"}) as unknown as TypedDocumentString<SyncedOrderFragment, unknown>;
export const AcceptOrderDocument = new TypedDocumentString(`
    mutation AcceptOrder($input: AcceptOrderInput!) {
  acceptOrder(input: $input) {
    order {
      id
      status
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptOrderMutation, AcceptOrderMutationVariables>;
export const OrderCountDocument = new TypedDocumentString(`
    query OrderCount {
  orders {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OrderCountQuery, OrderCountQueryVariables>;
export const PendingOrdersDocument = new TypedDocumentString(`
    query PendingOrders {
  orders(first: 100, filter: {status: PENDING}) {
    edges {
      node {
        id
        version
        buyerName
        paymentMethod
        customer {
          id
        }
        items {
          id
          quantity
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PendingOrdersQuery, PendingOrdersQueryVariables>;
export const UpdateQuantityDocument = new TypedDocumentString(`
    mutation UpdateQuantity($input: UpdateOrderItemQuantityInput!) {
  updateOrderItemQuantity(input: $input) {
    order {
      version
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateQuantityMutation, UpdateQuantityMutationVariables>;
export const OrderTimelineDocument = new TypedDocumentString(`
    query OrderTimeline($id: ID!) {
  order(id: $id) {
    status
    events {
      type
    }
  }
}
    `) as unknown as TypedDocumentString<OrderTimelineQuery, OrderTimelineQueryVariables>;
export const ShipOrderDocument = new TypedDocumentString(`
    mutation ShipOrder($input: SaveShipmentInput!) {
  saveShipment(input: $input) {
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ShipOrderMutation, ShipOrderMutationVariables>;
export const CreateInvoiceDraftDocument = new TypedDocumentString(`
    mutation CreateInvoiceDraft($input: CreateInvoiceDraftInput!) {
  createInvoiceDraft(input: $input) {
    invoice {
      id
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateInvoiceDraftMutation, CreateInvoiceDraftMutationVariables>;
export const ConfirmInvoiceDocument = new TypedDocumentString(`
    mutation ConfirmInvoice($input: ConfirmInvoiceInput!) {
  confirmInvoice(input: $input) {
    invoice {
      paymentStatus
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmInvoiceMutation, ConfirmInvoiceMutationVariables>;
export const PaymentStatusChangedDocument = new TypedDocumentString(`
    subscription PaymentStatusChanged($invoiceId: ID) {
  invoicePaymentStatusChanged(invoiceId: $invoiceId) {
    id
    displayNumber
    paymentStatus
    order {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<PaymentStatusChangedSubscription, PaymentStatusChangedSubscriptionVariables>;
export const ChangedOrdersDocument = new TypedDocumentString(`
    query ChangedOrders($first: Int!, $after: String, $filter: OrderFilter) {
  orders(first: $first, after: $after, filter: $filter, sort: UPDATED_AT) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SyncedOrder
      }
    }
  }
}
    fragment SyncedOrder on Order {
  id
  number
  version
  status
  paymentStatus
  buyerName
  updatedAt
  total {
    amount
    currency
  }
  items {
    id
    sku
    quantity
  }
}`) as unknown as TypedDocumentString<ChangedOrdersQuery, ChangedOrdersQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;