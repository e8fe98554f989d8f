/** What a card failure means for the seller, by Stripe's decline code or error code. */
const MESSAGES: Record<string, string> = {
  generic_decline: "The buyer's bank declined the card.",
  card_declined: "The buyer's bank declined the card.",
  insufficient_funds: 'The card has insufficient funds.',
  expired_card: 'The card on file has expired.',
  incorrect_cvc: "The card's security code was rejected.",
  processing_error: 'The card network had a processing error; retrying may work.',
  authentication_required:
    "The buyer's bank requires them to authenticate this payment. Ask the buyer to update their card or pay another way.",
  no_card_on_file: 'The buyer has no card on file.',
  lost_card: 'The card was reported lost.',
  stolen_card: 'The card was reported stolen.',
  fraudulent: 'The bank suspects fraud and declined the card.',
};

export function sellerMessageFor(code: string | null | undefined, fallback: string): string {
  return (code && MESSAGES[code]) || fallback;
}
