import { getFragmentData, graphql, type FragmentType } from '../graphql';
import type { UserErrorCode } from '../graphql/graphql';

/**
 * Mutations answer expected failures as `userErrors`, each selected with this one fragment. This is
 * the one place that turns them into what the dashboard shows: the API's own sentence when it sent
 * one, a fallback per code otherwise, and our wording where the dashboard offers its own remedy.
 */
export const UserErrorsFragment = graphql(`
  fragment UserErrors_userError on UserError {
    code
    field
    message
  }
`);

/** A refusal: the API's, or the form's own check before asking it (in the API's codes). */
export interface UserErrorLike {
  code: UserErrorCode;
  field: ReadonlyArray<string> | null;
  message: string;
}

/** A mutation's userErrors as the dashboard reads them (the fragment's fields). */
export function readUserErrors(
  errors: ReadonlyArray<FragmentType<typeof UserErrorsFragment>>,
): ReadonlyArray<UserErrorLike> {
  return getFragmentData(UserErrorsFragment, errors);
}

export const STALE_ORDER = 'STALE_ORDER' satisfies UserErrorCode;

/** Shown instead of the API's text: the dashboard pairs it with a "Reload" action. */
const OWN_MESSAGES: Readonly<Partial<Record<UserErrorCode, string>>> = {
  [STALE_ORDER]: 'This order changed since you opened it',
};

/**
 * Used when the API sends a code without a message (or a code the dashboard checks before asking).
 * Every code of the API's enum: a new code fails the typecheck until it has its words here.
 */
const FALLBACK_MESSAGES: Readonly<Record<UserErrorCode, string>> = {
  REQUIRED: 'Fill in this field.',
  TOO_LONG: 'This is too long.',
  INVALID_INPUT: 'Check what you entered.',
  NOT_SUPPORTED: 'This cannot be done from here.',
  IDEMPOTENCY_KEY_REQUIRED: 'This needs an Idempotency-Key header when sent with an API key.',
  INVALID_CREDENTIALS: 'That email and password do not match an account.',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-in attempts. Try again later.',
  NOT_FOUND: 'This API key does not exist.',
  TOO_MANY_API_KEYS: 'You have as many API keys as allowed: revoke one you no longer use first.',
  INVALID_SETTING: 'Check this setting.',
  STALE_ORDER: 'This order changed since you opened it. Reload it to see the latest version.',
  ORDER_NOT_FOUND: 'This order does not exist or is not one of your orders.',
  ITEM_NOT_FOUND: 'This item is no longer on the order.',
  ACTION_NOT_ALLOWED: 'This order can no longer be changed this way.',
  EMPTY_SPLIT: 'Select at least one item to split from the order.',
  SPLIT_ALL_ITEMS: 'Leave at least one item on this order: you cannot split all of its items.',
  NOTHING_SHORT: 'Stock on hand covers every line of this order: there is nothing to split by availability.',
  INVALID_QUANTITY: 'Quantity must be a whole number of at least 1. To drop the item, delete it instead.',
  LAST_ITEM: 'An order needs at least one item. To cancel the whole order, reject it.',
  CUSTOMER_REQUIRED: 'This buyer is not your customer yet: create a new customer or associate an existing one.',
  CUSTOMER_NOT_FOUND: 'This customer does not exist.',
  CUSTOMER_ALREADY_SET: 'This buyer is already one of your customers.',
  CUSTOMER_LINKED_TO_OTHER_BUYER: 'This customer is already linked to another buyer account.',
  INVALID_CUSTOMER: 'Check the customer details.',
  BUYER_NOT_FOUND: 'This buyer has not ordered from you.',
  BUYER_LINKED_TO_OTHER_CUSTOMER: 'This buyer is linked to another of your customers: unlink it there first.',
  BUYER_NOT_LINKED: 'This buyer is not linked to this customer.',
  MESSAGE_REQUIRED: 'Tell the buyer why: a message is required for "Other".',
  MESSAGE_TOO_LONG: 'The message can be at most 2000 characters.',
  INVALID_SHIPMENT: 'Check the shipment info.',
  SHIPMENT_REQUIRED: 'Save the shipment info first: the invoice includes shipping.',
  INVOICE_ALREADY_ISSUED: 'This order is already invoiced; its invoice cannot change.',
  INVOICE_NOT_FOUND: 'This invoice does not exist.',
  PAYMENT_NOT_RETRYABLE: 'This payment cannot be retried now: only a failed card payment can be retried.',
  NOT_A_TERMS_INVOICE: 'Card invoices are paid by the card on file, not marked paid.',
  ALREADY_PAID: 'This invoice is already paid.',
  INVALID_PAYMENT: 'Check the payment details.',
  PAYMENT_IN_PROGRESS: 'A card payment or refund of this order is in progress: wait for it to finish, then try again.',
  ORDER_PAID: 'This order is paid: change it with a credit note instead.',
  NO_CHANGES: 'Nothing to save: change a quantity, remove or add an item, or change the shipping cost.',
  PRODUCT_NOT_FOUND: 'This product is not in your catalogue.',
  INVALID_SHIPPING: 'Shipping cost must be zero or more.',
  SHIPPED_ORDER: 'This order was shipped: confirm you are cancelling it anyway.',
  REFUND_NOT_FOUND: 'This refund does not exist.',
  REFUND_NOT_RETRYABLE: 'This refund cannot be retried now: only a failed card refund can be retried.',
  REFUND_NOT_ALLOWED: 'This change refunds the buyer: it needs the payments permission too.',
  INVALID_REFUND: 'Check the refund details.',
  NOTE_INVALID: 'Write a note of 1 to 2,000 characters.',
  ENDPOINT_NOT_FOUND: 'This webhook endpoint does not exist.',
  DELIVERY_NOT_FOUND: 'This delivery does not exist.',
  INVALID_URL: 'Enter an https URL the order desk can reach.',
  INVALID_EVENTS: 'Choose at least one event to send.',
  DESCRIPTION_TOO_LONG: 'The description is too long.',
  TOO_MANY_ENDPOINTS: 'You have as many webhook endpoints as allowed: delete one first.',
  ENDPOINT_DISABLED: 'This endpoint is disabled: enable it first.',
  DELIVERY_PENDING: 'This delivery is still being sent; wait for its result.',
  INVALID_TIME_RANGE: 'Choose a start before the end.',
  REPLAY_TOO_LARGE: 'Too many events in this range for one replay: choose a shorter range.',
};

/** When a mutation answered nothing the dashboard can show (no payload, no refusal). */
export const GENERIC_REFUSAL = 'The change could not be made.';

export function userErrorMessage(error: Pick<UserErrorLike, 'code'> & { message?: string | null }): string {
  const own = OWN_MESSAGES[error.code];
  if (own) return own;
  const message = error.message?.trim();
  if (message) return message;
  // A newer API may send a code this build of the dashboard does not know yet.
  return FALLBACK_MESSAGES[error.code] ?? GENERIC_REFUSAL;
}

/** Every refusal in one sentence, for a control with a single line of feedback. */
export function joinedMessages(errors: ReadonlyArray<Pick<UserErrorLike, 'code' | 'message'>>): string {
  return errors.map(userErrorMessage).join(' ');
}

/** The message for a code the dashboard checks itself before asking the API (same words as the API). */
export function messageForCode(code: UserErrorCode): string {
  return userErrorMessage({ code });
}

export function hasCode(errors: ReadonlyArray<Pick<UserErrorLike, 'code'>>, code: UserErrorCode): boolean {
  return errors.some((error) => error.code === code);
}

/** Does the error's field path end with `path` (e.g. `['createNew', 'email']` for `input.customer.createNew.email`)? */
function fieldEndsWith(error: UserErrorLike, path: ReadonlyArray<string>): boolean {
  const field = error.field;
  if (!field || field.length < path.length) return false;
  const tail = field.slice(field.length - path.length);
  return tail.every((segment, index) => segment === path[index]);
}

/** The errors minus those about the field at `path` (e.g. once the seller edits that field). */
export function withoutFieldErrors<T extends UserErrorLike>(
  errors: ReadonlyArray<T>,
  ...path: ReadonlyArray<string>
): T[] {
  return errors.filter((error) => !fieldEndsWith(error, path));
}

/** The message of the first error about the field at `path`, if any. */
export function fieldErrorMessage(
  errors: ReadonlyArray<UserErrorLike>,
  ...path: ReadonlyArray<string>
): string | undefined {
  const error = errors.find((candidate) => fieldEndsWith(candidate, path));
  return error ? userErrorMessage(error) : undefined;
}

/**
 * Errors that belong to none of `fields` (to show above the form), stale orders excluded: those get
 * their own "Reload" prompt.
 */
export function formErrorMessages(
  errors: ReadonlyArray<UserErrorLike>,
  fields: ReadonlyArray<ReadonlyArray<string>> = [],
): string[] {
  return errors
    .filter((error) => error.code !== STALE_ORDER && !fields.some((path) => fieldEndsWith(error, path)))
    .map(userErrorMessage);
}
