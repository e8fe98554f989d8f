import type { PaymentMethod, PaymentStatus, TermsPaymentMethod } from '../graphql/graphql';
import { DEFAULT_DISPLAY, formatCalendarDate, formatDate, type DisplayFormat } from '../lib/format';
import { TERMS_PAYMENT_METHOD_PHRASE } from './labels';

/** What the payment texts need of a payment attempt. */
export interface PaymentFacts {
  status: PaymentStatus;
  method: PaymentMethod;
  termsMethod: TermsPaymentMethod | null;
  reference: string | null;
  paidOn: string | null;
  createdAt: string;
}

/**
 * "Paid on Nov 3, 2025 by check / money order (Check #1042)" for a terms payment, "Paid on Nov 26,
 * 2025 by credit card" for a card; null while nothing is paid.
 */
export function paidSummary(
  invoice: { paidAt: string | null; payments: ReadonlyArray<PaymentFacts> },
  display: DisplayFormat = DEFAULT_DISPLAY,
): string | null {
  const paid = [...invoice.payments].reverse().find((payment) => payment.status === 'PAID');
  if (!paid) return invoice.paidAt ? `Paid on ${formatDate(invoice.paidAt, display)}` : null;
  if (paid.method === 'TERMS') {
    const day = paid.paidOn
      ? formatCalendarDate(paid.paidOn, display)
      : formatDate(invoice.paidAt ?? paid.createdAt, display);
    const how = paid.termsMethod ? ` by ${TERMS_PAYMENT_METHOD_PHRASE[paid.termsMethod]}` : '';
    return `Paid on ${day}${how}${paid.reference ? ` (${paid.reference})` : ''}`;
  }
  return `Paid on ${formatDate(invoice.paidAt ?? paid.createdAt, display)} by credit card`;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole days from a due date (`YYYY-MM-DD`) to the seller's today; 0 or less while not yet due. */
export function daysPastDue(dueOn: string, now: Date): number {
  const match = CALENDAR_DATE.exec(dueOn);
  if (!match) return 0;
  const [, year, month, day] = match;
  const due = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((today - due) / 86_400_000);
}

/** `"Visa •••• 4242"`; null when the card is unknown. */
export function cardLabel(brand: string | null, last4: string | null): string | null {
  if (!last4) return null;
  const name = brand ? (CARD_BRANDS[brand.toLowerCase()] ?? capitalise(brand.replace(/_/g, ' '))) : 'Card';
  return `${name} •••• ${last4}`;
}

const CARD_BRANDS: Readonly<Record<string, string>> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
