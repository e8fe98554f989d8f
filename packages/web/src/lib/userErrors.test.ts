import type { UserErrorCode } from '../graphql/graphql';
import {
  fieldErrorMessage,
  formErrorMessages,
  hasCode,
  joinedMessages,
  messageForCode,
  userErrorMessage,
  withoutFieldErrors,
  type UserErrorLike,
} from './userErrors';

describe('userErrors', () => {
  it("shows the API's sentence, a fallback per code without one, and our own words for stale orders", () => {
    expect(userErrorMessage({ code: 'LAST_ITEM', message: 'Keep one item.' })).toBe('Keep one item.');
    expect(userErrorMessage({ code: 'LAST_ITEM', message: '' })).toBe(
      'An order needs at least one item. To cancel the whole order, reject it.',
    );
    expect(userErrorMessage({ code: 'STALE_ORDER', message: 'version 5, you sent 3' })).toBe(
      'This order changed since you opened it',
    );
    // A code from a newer API than this build knows.
    const unknownCode = 'SOMETHING_NEW' as UserErrorCode;
    expect(userErrorMessage({ code: unknownCode, message: '  ' })).toBe('The change could not be made.');
    expect(messageForCode('MESSAGE_REQUIRED')).toBe('Tell the buyer why: a message is required for "Other".');
    expect(
      joinedMessages([
        { code: 'LAST_ITEM', message: '' },
        { code: 'ACTION_NOT_ALLOWED', message: 'Too late.' },
      ]),
    ).toBe('An order needs at least one item. To cancel the whole order, reject it. Too late.');
  });

  it('finds the error of a field by the end of its path, and leaves the rest for the form', () => {
    const errors: UserErrorLike[] = [
      { code: 'INVALID_CUSTOMER', field: ['input', 'customer', 'createNew', 'email'], message: 'Bad email.' },
      { code: 'STALE_ORDER', field: null, message: '' },
      { code: 'ACTION_NOT_ALLOWED', field: null, message: 'Already accepted.' },
    ];
    expect(fieldErrorMessage(errors, 'createNew', 'email')).toBe('Bad email.');
    expect(fieldErrorMessage(errors, 'email')).toBe('Bad email.');
    expect(fieldErrorMessage(errors, 'name')).toBeUndefined();
    expect(formErrorMessages(errors, [['email']])).toEqual(['Already accepted.']);
    expect(hasCode(errors, 'STALE_ORDER')).toBe(true);
    expect(hasCode(errors, 'LAST_ITEM')).toBe(false);
    expect(withoutFieldErrors(errors, 'email').map((error) => error.code)).toEqual([
      'STALE_ORDER',
      'ACTION_NOT_ALLOWED',
    ]);
  });
});
