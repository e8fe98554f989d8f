/**
 * While a card charge or refund is in flight, the page showing it also asks now and then, in case a
 * pushed change was missed (a dropped connection) or overtaken by an older answer.
 */
export const PAYMENT_POLL_INTERVAL_MS = 5_000;
