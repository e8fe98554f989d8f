import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';

/** The largest quantity of one line (also a database constraint). */
export const MAX_QUANTITY = 100_000;
const MAX_BUYER_MESSAGE = 2_000;

/** Refuses a quantity that is not a whole number from 1 to MAX_QUANTITY. */
export function assertQuantity(quantity: number, field: string[], dropHint: string): void {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    throw refuse(
      UserErrorCode.INVALID_QUANTITY,
      quantity > MAX_QUANTITY
        ? `Quantity can be at most ${MAX_QUANTITY.toLocaleString('en-US')}.`
        : `Quantity must be a whole number of at least 1. ${dropHint}`,
      field,
    );
  }
}

/**
 * The seller's message to the buyer (on a rejection or a cancellation), trimmed: required when the
 * reason is "other", and of a length an email can carry.
 */
export function buyerMessage(message: string | null | undefined, otherReason: boolean): string | null {
  const trimmed = message?.trim() || null;
  if (otherReason && !trimmed) {
    throw refuse(UserErrorCode.MESSAGE_REQUIRED, 'Tell the buyer why: a message is required for "Other".', [
      'input',
      'message',
    ]);
  }
  if (trimmed && trimmed.length > MAX_BUYER_MESSAGE) {
    throw refuse(
      UserErrorCode.MESSAGE_TOO_LONG,
      `The message can be at most ${MAX_BUYER_MESSAGE.toLocaleString('en-US')} characters.`,
      ['input', 'message'],
    );
  }
  return trimmed;
}
