/**
 * Stripe's documented test cards (https://docs.stripe.com/testing) and what a charge on each does.
 * `outcome` null means the charge succeeds.
 */
export type CardOutcome = {
  code: string;
  declineCode?: string;
  message: string;
};

export type TestCard = { number: string; brand: string; outcome: CardOutcome | null };

export const TEST_CARDS: TestCard[] = [
  { number: '4242424242424242', brand: 'visa', outcome: null },
  { number: '5555555555554444', brand: 'mastercard', outcome: null },
  { number: '378282246310005', brand: 'amex', outcome: null },
  {
    number: '4000000000000002',
    brand: 'visa',
    outcome: { code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' },
  },
  {
    number: '4000000000009995',
    brand: 'visa',
    outcome: { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  },
  {
    number: '4000000000000069',
    brand: 'visa',
    outcome: { code: 'expired_card', declineCode: 'expired_card', message: 'Your card has expired.' },
  },
  {
    number: '4000000000000127',
    brand: 'visa',
    outcome: {
      code: 'incorrect_cvc',
      declineCode: 'incorrect_cvc',
      message: "Your card's security code is incorrect.",
    },
  },
  {
    number: '4000000000000119',
    brand: 'visa',
    outcome: {
      code: 'processing_error',
      declineCode: 'processing_error',
      message: 'An error occurred while processing your card. Try again in a little bit.',
    },
  },
  {
    number: '4000002760003184',
    brand: 'visa',
    outcome: {
      code: 'authentication_required',
      declineCode: 'authentication_required',
      message: 'Your card was declined. This transaction requires authentication.',
    },
  },
];

/** Stripe's test tokens (`tok_…`) and PaymentMethod shortcuts (`pm_card_…`) for the same cards. */
export const TEST_TOKENS: Record<string, string> = {
  visa: '4242424242424242',
  mastercard: '5555555555554444',
  amex: '378282246310005',
  chargeDeclined: '4000000000000002',
  chargeDeclinedInsufficientFunds: '4000000000009995',
  chargeDeclinedExpiredCard: '4000000000000069',
  chargeDeclinedIncorrectCvc: '4000000000000127',
  chargeDeclinedProcessingError: '4000000000000119',
  authenticationRequired: '4000002760003184',
};

export function cardFor(number: string): TestCard {
  return TEST_CARDS.find((card) => card.number === number) ?? { number, brand: 'visa', outcome: null };
}
