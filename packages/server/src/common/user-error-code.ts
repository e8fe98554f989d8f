import { registerEnumType } from 'type-graphql';

/**
 * Every way a mutation can refuse, one enum for the whole API. GraphQL enums cannot be combined or
 * narrowed, so one enum is what lets a single `UserError` type carry a typed code, lets clients share
 * one `userErrors` fragment and check codes exhaustively (the dashboard's message map fails its
 * typecheck until a new code has a message). Codes are grouped by the domain that raises them.
 */
export enum UserErrorCode {
  // Input, shared by every domain
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_SUPPORTED = 'NOT_SUPPORTED',
  IDEMPOTENCY_KEY_REQUIRED = 'IDEMPOTENCY_KEY_REQUIRED',
  // Sign-in
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  // API keys
  NOT_FOUND = 'NOT_FOUND',
  TOO_MANY_API_KEYS = 'TOO_MANY_API_KEYS',
  // Seller settings
  INVALID_SETTING = 'INVALID_SETTING',
  // Orders
  ORDER_NOT_FOUND = 'ORDER_NOT_FOUND',
  ITEM_NOT_FOUND = 'ITEM_NOT_FOUND',
  STALE_ORDER = 'STALE_ORDER',
  ACTION_NOT_ALLOWED = 'ACTION_NOT_ALLOWED',
  EMPTY_SPLIT = 'EMPTY_SPLIT',
  SPLIT_ALL_ITEMS = 'SPLIT_ALL_ITEMS',
  INVALID_QUANTITY = 'INVALID_QUANTITY',
  LAST_ITEM = 'LAST_ITEM',
  MESSAGE_REQUIRED = 'MESSAGE_REQUIRED',
  MESSAGE_TOO_LONG = 'MESSAGE_TOO_LONG',
  ORDER_PAID = 'ORDER_PAID',
  NO_CHANGES = 'NO_CHANGES',
  PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND',
  INVALID_SHIPPING = 'INVALID_SHIPPING',
  SHIPPED_ORDER = 'SHIPPED_ORDER',
  NOTE_INVALID = 'NOTE_INVALID',
  // Customers
  CUSTOMER_REQUIRED = 'CUSTOMER_REQUIRED',
  CUSTOMER_NOT_FOUND = 'CUSTOMER_NOT_FOUND',
  CUSTOMER_ALREADY_SET = 'CUSTOMER_ALREADY_SET',
  CUSTOMER_LINKED_TO_OTHER_BUYER = 'CUSTOMER_LINKED_TO_OTHER_BUYER',
  INVALID_CUSTOMER = 'INVALID_CUSTOMER',
  // Shipments
  SHIPMENT_REQUIRED = 'SHIPMENT_REQUIRED',
  INVALID_SHIPMENT = 'INVALID_SHIPMENT',
  // Invoices and payments
  INVOICE_ALREADY_ISSUED = 'INVOICE_ALREADY_ISSUED',
  INVOICE_NOT_FOUND = 'INVOICE_NOT_FOUND',
  PAYMENT_NOT_RETRYABLE = 'PAYMENT_NOT_RETRYABLE',
  NOT_A_TERMS_INVOICE = 'NOT_A_TERMS_INVOICE',
  ALREADY_PAID = 'ALREADY_PAID',
  INVALID_PAYMENT = 'INVALID_PAYMENT',
  PAYMENT_IN_PROGRESS = 'PAYMENT_IN_PROGRESS',
  // Refunds
  REFUND_NOT_FOUND = 'REFUND_NOT_FOUND',
  REFUND_NOT_RETRYABLE = 'REFUND_NOT_RETRYABLE',
  REFUND_NOT_ALLOWED = 'REFUND_NOT_ALLOWED',
  INVALID_REFUND = 'INVALID_REFUND',
  // Webhooks
  ENDPOINT_NOT_FOUND = 'ENDPOINT_NOT_FOUND',
  DELIVERY_NOT_FOUND = 'DELIVERY_NOT_FOUND',
  INVALID_URL = 'INVALID_URL',
  INVALID_EVENTS = 'INVALID_EVENTS',
  DESCRIPTION_TOO_LONG = 'DESCRIPTION_TOO_LONG',
  TOO_MANY_ENDPOINTS = 'TOO_MANY_ENDPOINTS',
  ENDPOINT_DISABLED = 'ENDPOINT_DISABLED',
  DELIVERY_PENDING = 'DELIVERY_PENDING',
  INVALID_TIME_RANGE = 'INVALID_TIME_RANGE',
  REPLAY_TOO_LARGE = 'REPLAY_TOO_LARGE',
}

const DESCRIPTIONS: Readonly<Record<UserErrorCode, string>> = {
  REQUIRED: 'A required input is empty.',
  TOO_LONG: 'An input is longer than allowed.',
  INVALID_INPUT: 'An input is out of its allowed range.',
  NOT_SUPPORTED: 'The operation cannot run over this transport (e.g. signIn over a WebSocket).',
  IDEMPOTENCY_KEY_REQUIRED: 'This moves money: with an API key, send an Idempotency-Key header.',
  INVALID_CREDENTIALS: 'The email and password do not match an account.',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-ins: wait retryAfterSeconds.',
  NOT_FOUND: 'The API key does not exist (or is not this seller’s).',
  TOO_MANY_API_KEYS: 'The seller has as many active API keys as allowed: revoke one first.',
  INVALID_SETTING: 'A seller setting is out of range or unknown.',
  ORDER_NOT_FOUND: 'The order does not exist (or is not this seller’s).',
  ITEM_NOT_FOUND: 'The item is not on the order.',
  STALE_ORDER: 'The order changed since expectedVersion: reload it.',
  ACTION_NOT_ALLOWED: 'The order’s status does not allow this action now (see Order.availableActions).',
  EMPTY_SPLIT: 'No item was chosen to split.',
  SPLIT_ALL_ITEMS: 'Every item was chosen to split: at least one must stay.',
  INVALID_QUANTITY: 'A quantity is not a whole number in the allowed range.',
  LAST_ITEM: 'The last item of an order cannot be removed.',
  MESSAGE_REQUIRED: 'The reason "Other" needs a message to the buyer.',
  MESSAGE_TOO_LONG: 'The message to the buyer is too long.',
  ORDER_PAID: 'The order is paid, so it cannot be split.',
  NO_CHANGES: 'The edit changes nothing.',
  PRODUCT_NOT_FOUND: 'The product is not in the seller’s catalogue.',
  INVALID_SHIPPING: 'The shipping cost is negative or too large.',
  SHIPPED_ORDER: 'The order was shipped: confirm the cancellation anyway.',
  NOTE_INVALID: 'A note must have 1 to 2,000 characters.',
  CUSTOMER_REQUIRED: 'The buyer has no customer relationship: create or choose a customer.',
  CUSTOMER_NOT_FOUND: 'The customer does not exist (or is not this seller’s).',
  CUSTOMER_ALREADY_SET: 'The buyer is already linked to a customer.',
  CUSTOMER_LINKED_TO_OTHER_BUYER: 'The customer is linked to another buyer.',
  INVALID_CUSTOMER: 'The new customer’s details are invalid.',
  SHIPMENT_REQUIRED: 'Save the shipment info before invoicing.',
  INVALID_SHIPMENT: 'The shipment info is invalid.',
  INVOICE_ALREADY_ISSUED: 'The order is already invoiced for this.',
  INVOICE_NOT_FOUND: 'The invoice does not exist (or is not this seller’s).',
  PAYMENT_NOT_RETRYABLE: 'Only a failed card payment can be retried (see Invoice.availableActions).',
  NOT_A_TERMS_INVOICE: 'Only a terms invoice is marked paid.',
  ALREADY_PAID: 'The invoice is already paid.',
  INVALID_PAYMENT: 'The payment details are invalid.',
  PAYMENT_IN_PROGRESS: 'A card payment or refund is in flight: try again once it settles.',
  REFUND_NOT_FOUND: 'The refund does not exist (or is not this seller’s).',
  REFUND_NOT_RETRYABLE: 'Only a failed card refund can be retried (see Refund.availableActions).',
  REFUND_NOT_ALLOWED: 'The refund cannot be recorded now (see Refund.availableActions).',
  INVALID_REFUND: 'The refund details are invalid.',
  ENDPOINT_NOT_FOUND: 'The webhook endpoint does not exist (or is not this seller’s).',
  DELIVERY_NOT_FOUND: 'The webhook delivery does not exist (or is not this seller’s).',
  INVALID_URL: 'The webhook URL is not an https URL the desk may call.',
  INVALID_EVENTS: 'Choose at least one event.',
  DESCRIPTION_TOO_LONG: 'The description is too long.',
  TOO_MANY_ENDPOINTS: 'The seller has as many webhook endpoints as allowed.',
  ENDPOINT_DISABLED: 'The endpoint is disabled: enable it first.',
  DELIVERY_PENDING: 'The delivery is still being sent.',
  INVALID_TIME_RANGE: 'The time range is empty or reversed (from must be before to).',
  REPLAY_TOO_LARGE: 'The range holds more events than one replay sends: replay a shorter range.',
};

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused: stable codes, one enum for the whole API, to map to messages.',
  valuesConfig: Object.fromEntries(
    Object.entries(DESCRIPTIONS).map(([code, description]) => [code, { description }]),
  ) as Record<UserErrorCode, { description: string }>,
});
