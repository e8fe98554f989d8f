import { userError, type UserError } from './user-error';
import type { UserErrorCode } from './user-error-code';

/**
 * The one way a domain refuses an operation. Thrown inside a transaction, it rolls the transaction
 * back (nothing is half-applied) and the caller answers with the user error.
 */
export class Refusal extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly field: string[] | null = null,
  ) {
    super(message);
  }

  toUserError(): UserError {
    return userError(this.code, this.message, this.field);
  }
}

export const refuse = (code: UserErrorCode, message: string, field: string[] | null = null) =>
  new Refusal(code, message, field);

/** What a mutation's service answers: the value, or nothing with the reasons. */
export type Outcome<T> = { value: T; userErrors: [] } | { value: null; userErrors: UserError[] };

export const refused = (error: UserError): Outcome<never> => ({ value: null, userErrors: [error] });

/** Runs `work`, answering a Refusal it throws as a user error (anything else propagates). */
export async function refusalsAsUserErrors<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await work(), userErrors: [] };
  } catch (error) {
    if (error instanceof Refusal) return refused(error.toUserError());
    throw error;
  }
}
