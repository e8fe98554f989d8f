import { registerEnumType } from 'type-graphql';
import { PaymentMethod } from '../billing/payment-method';
import { PaymentStatus } from '../billing/payment-status';
import { StateTable } from '../common/state-table';
import { UserErrorCode } from '../common/user-error-code';
import { InvoiceStatus } from './invoice-status';

/** What the seller may do with an invoice. */
export enum InvoiceAction {
  CONFIRM = 'CONFIRM',
  RETRY_PAYMENT = 'RETRY_PAYMENT',
  MARK_PAID = 'MARK_PAID',
}
registerEnumType(InvoiceAction, {
  name: 'InvoiceAction',
  description: 'An operation the seller may perform on an invoice in its current state.',
  valuesConfig: {
    CONFIRM: { description: 'Confirm the preview: issue it with the next number (confirmInvoice).' },
    RETRY_PAYMENT: { description: 'Retry Payment: charge the card again after a failure (retryInvoicePayment).' },
    MARK_PAID: { description: 'Mark as Paid: record a terms payment made outside (markInvoicePaid).' },
  },
});

/** The desk's own transition: an edit or cancellation of the order voids an issued invoice awaiting payment. */
export const VOID_INVOICE = 'VOID';

export type InvoiceFacts = { status: InvoiceStatus; paymentMethod: PaymentMethod; paymentStatus: PaymentStatus };

/** A card payment that failed or waits for the buyer can be charged again. */
export const RETRYABLE_PAYMENTS: readonly PaymentStatus[] = [PaymentStatus.FAILED, PaymentStatus.REQUIRES_ACTION];

/** What voiding may take back: an issued invoice nobody paid and no charge is running for. */
export const VOIDABLE_PAYMENTS: readonly PaymentStatus[] = [
  PaymentStatus.UNPAID,
  PaymentStatus.FAILED,
  PaymentStatus.REQUIRES_ACTION,
];

const INVOICE_NOT_PAYABLE = { code: UserErrorCode.ACTION_NOT_ALLOWED, message: 'Only an issued invoice can be paid.' };

/** Every change of an invoice's status, and the actions the dashboard and partners may offer. */
export const INVOICE_STATES = new StateTable<InvoiceAction | typeof VOID_INVOICE, InvoiceStatus, InvoiceFacts>(
  {
    [InvoiceAction.CONFIRM]: { from: [InvoiceStatus.DRAFT], to: InvoiceStatus.ISSUED },
    [InvoiceAction.RETRY_PAYMENT]: {
      from: [InvoiceStatus.ISSUED],
      to: null,
      guard: ({ paymentMethod, paymentStatus }) =>
        paymentMethod === PaymentMethod.CARD && RETRYABLE_PAYMENTS.includes(paymentStatus)
          ? null
          : {
              code: UserErrorCode.PAYMENT_NOT_RETRYABLE,
              message:
                paymentStatus === PaymentStatus.PROCESSING
                  ? 'A payment for this invoice is already in progress.'
                  : `Only a failed card payment can be retried; this invoice is ${paymentStatus.toLowerCase().replace('_', ' ')}.`,
            },
    },
    [InvoiceAction.MARK_PAID]: {
      from: [InvoiceStatus.ISSUED],
      to: null,
      guard: ({ paymentMethod, paymentStatus }) => {
        if (paymentMethod !== PaymentMethod.TERMS) {
          return {
            code: UserErrorCode.NOT_A_TERMS_INVOICE,
            message: 'Card invoices are paid by the card on file, not marked paid.',
          };
        }
        return paymentStatus === PaymentStatus.UNPAID
          ? null
          : { code: UserErrorCode.ALREADY_PAID, message: 'This invoice is already paid.' };
      },
    },
    [VOID_INVOICE]: {
      from: [InvoiceStatus.ISSUED],
      to: InvoiceStatus.VOID,
      guard: ({ paymentStatus }) =>
        VOIDABLE_PAYMENTS.includes(paymentStatus)
          ? null
          : { code: UserErrorCode.ACTION_NOT_ALLOWED, message: 'A paid invoice is credited, not voided.' },
    },
  },
  (action, { status }) => {
    if (action !== InvoiceAction.CONFIRM) return INVOICE_NOT_PAYABLE;
    return status === InvoiceStatus.VOID
      ? { code: UserErrorCode.ACTION_NOT_ALLOWED, message: 'This invoice was voided; create a new one.' }
      : { code: UserErrorCode.ACTION_NOT_ALLOWED, message: 'This invoice is already issued.' };
  },
);

/** The seller's actions allowed on the invoice now. */
export const invoiceActions = (facts: InvoiceFacts): InvoiceAction[] =>
  INVOICE_STATES.allowed(facts, Object.values(InvoiceAction));
