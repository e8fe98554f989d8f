import { notifications } from '@mantine/notifications';
import type { FragmentType } from '../graphql';
import { failureMessage } from '../lib/requestErrors';
import { GENERIC_REFUSAL, joinedMessages, readUserErrors, type UserErrorsFragment } from '../lib/userErrors';

/** What every customer mutation answers: the customer, or why not. */
type CustomerPayload = {
  customer: unknown;
  userErrors: ReadonlyArray<FragmentType<typeof UserErrorsFragment>>;
};

/**
 * Runs one change of the Customers page and tells the seller how it went: `success` as a green
 * notification, a refusal or a failed request in a red one with the title `failed`.
 */
export async function runCustomerChange(
  change: () => Promise<CustomerPayload | null | undefined>,
  words: { success: { title: string; message: string }; failed: string },
): Promise<boolean> {
  try {
    const payload = await change();
    const refusals = readUserErrors(payload?.userErrors ?? []);
    if (!payload?.customer || refusals.length) {
      notifications.show({ color: 'red', title: words.failed, message: joinedMessages(refusals) || GENERIC_REFUSAL });
      return false;
    }
    notifications.show({ color: 'green', ...words.success });
    return true;
  } catch (caught) {
    notifications.show({ color: 'red', title: words.failed, message: failureMessage(caught) });
    return false;
  }
}
