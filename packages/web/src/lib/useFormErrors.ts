import { useState, type Dispatch, type SetStateAction } from 'react';
import { failureMessage } from './requestErrors';
import { fieldErrorMessage, formErrorMessages, hasCode, STALE_ORDER, type UserErrorLike } from './userErrors';

/** Why a form's last submit did not go through, and the questions its fields and alerts ask of it. */
export interface FormErrorState {
  /** The API's refusals (or the form's own checks, in the same shape). */
  userErrors: ReadonlyArray<UserErrorLike>;
  setUserErrors: Dispatch<SetStateAction<ReadonlyArray<UserErrorLike>>>;
  /** The request itself failed (network, server), in the seller's words. */
  failure: string | null;
  /** Shows why: a thrown error in the seller's words, or the form's own sentence. */
  fail: (caught: unknown) => void;
  clearFailure: () => void;
  /** Forgets both the refusals and the failure. */
  clear: () => void;
  /** Refused because the order changed since it was shown: the form offers "Reload". */
  stale: boolean;
  /** The message about the field at `path`, shown at that field. */
  fieldError: (...path: ReadonlyArray<string>) => string | undefined;
  /** What the form shows above its buttons: the refusals about none of `fields`, then the failure. */
  messages: (fields?: ReadonlyArray<ReadonlyArray<string>>) => string[];
}

/** The one error model of a form: the API's userErrors and a failed request, held side by side. */
export function useFormErrors(): FormErrorState {
  const [userErrors, setUserErrors] = useState<ReadonlyArray<UserErrorLike>>([]);
  const [failure, setFailure] = useState<string | null>(null);
  return {
    userErrors,
    setUserErrors,
    failure,
    fail: (caught) => setFailure(failureMessage(caught)),
    clearFailure: () => setFailure(null),
    clear: () => {
      setUserErrors([]);
      setFailure(null);
    },
    stale: hasCode(userErrors, STALE_ORDER),
    fieldError: (...path) => fieldErrorMessage(userErrors, ...path),
    messages: (fields = []) => [...formErrorMessages(userErrors, fields), ...(failure ? [failure] : [])],
  };
}
