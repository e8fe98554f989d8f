import type { TermsPaymentMethod } from '../graphql/graphql';

export const TERMS_PAYMENT_METHODS = ['CHECK', 'ACH', 'WIRE', 'OTHER'] as const satisfies readonly TermsPaymentMethod[];

/** The "Mark as Paid" choices (article: "a check / money order or an electronic invoice"). */
export const TERMS_PAYMENT_METHOD_LABEL: Record<TermsPaymentMethod, string> = {
  CHECK: 'Check / money order',
  ACH: 'ACH transfer',
  WIRE: 'Wire transfer',
  OTHER: 'Other',
};

/** The same, inside a sentence: "Paid on Nov 3, 2025 by check / money order (Check #1042)". */
export const TERMS_PAYMENT_METHOD_PHRASE: Record<TermsPaymentMethod, string> = {
  CHECK: 'check / money order',
  ACH: 'ACH transfer',
  WIRE: 'wire transfer',
  OTHER: 'another method',
};
