import { userError, type UserError } from '../common/user-error';

/** Every way an order operation can be refused; the dashboard maps each code to what it shows. */
export enum OrderErrorCode {
  ORDER_NOT_FOUND = 'ORDER_NOT_FOUND',
  ITEM_NOT_FOUND = 'ITEM_NOT_FOUND',
  STALE_ORDER = 'STALE_ORDER',
  ACTION_NOT_ALLOWED = 'ACTION_NOT_ALLOWED',
  EMPTY_SPLIT = 'EMPTY_SPLIT',
  SPLIT_ALL_ITEMS = 'SPLIT_ALL_ITEMS',
  INVALID_QUANTITY = 'INVALID_QUANTITY',
  LAST_ITEM = 'LAST_ITEM',
  CUSTOMER_REQUIRED = 'CUSTOMER_REQUIRED',
  CUSTOMER_NOT_FOUND = 'CUSTOMER_NOT_FOUND',
  CUSTOMER_ALREADY_SET = 'CUSTOMER_ALREADY_SET',
  CUSTOMER_LINKED_TO_OTHER_BUYER = 'CUSTOMER_LINKED_TO_OTHER_BUYER',
  INVALID_CUSTOMER = 'INVALID_CUSTOMER',
  MESSAGE_REQUIRED = 'MESSAGE_REQUIRED',
  MESSAGE_TOO_LONG = 'MESSAGE_TOO_LONG',
  SHIPMENT_REQUIRED = 'SHIPMENT_REQUIRED',
  INVOICE_ALREADY_ISSUED = 'INVOICE_ALREADY_ISSUED',
  INVALID_SHIPMENT = 'INVALID_SHIPMENT',
  INVOICE_NOT_FOUND = 'INVOICE_NOT_FOUND',
  PAYMENT_NOT_RETRYABLE = 'PAYMENT_NOT_RETRYABLE',
  NOT_A_TERMS_INVOICE = 'NOT_A_TERMS_INVOICE',
  ALREADY_PAID = 'ALREADY_PAID',
  INVALID_PAYMENT = 'INVALID_PAYMENT',
  PAYMENT_IN_PROGRESS = 'PAYMENT_IN_PROGRESS',
  ORDER_PAID = 'ORDER_PAID',
  NO_CHANGES = 'NO_CHANGES',
  PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND',
  INVALID_SHIPPING = 'INVALID_SHIPPING',
  SHIPPED_ORDER = 'SHIPPED_ORDER',
  REFUND_NOT_FOUND = 'REFUND_NOT_FOUND',
  REFUND_NOT_RETRYABLE = 'REFUND_NOT_RETRYABLE',
  REFUND_NOT_ALLOWED = 'REFUND_NOT_ALLOWED',
  INVALID_REFUND = 'INVALID_REFUND',
  NOTE_INVALID = 'NOTE_INVALID',
}

/**
 * Thrown inside an order transaction to refuse the operation: the transaction rolls back (nothing is
 * half-applied) and the caller answers with the user error.
 */
export class OrderOperationError extends Error {
  constructor(
    readonly code: OrderErrorCode,
    message: string,
    readonly field: string[] | null = null,
  ) {
    super(message);
  }

  toUserError(): UserError {
    return userError(this.code, this.message, this.field);
  }
}

export const refuse = (code: OrderErrorCode, message: string, field: string[] | null = null) =>
  new OrderOperationError(code, message, field);
