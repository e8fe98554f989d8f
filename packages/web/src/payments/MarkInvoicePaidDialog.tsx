import { useMutation } from '@apollo/client/react';
import { Modal, Text } from '@mantine/core';
import { type MoneyValue } from '../lib/format';
import { hasCode, readUserErrors } from '../lib/userErrors';
import { evictOrderLists } from '../orders/evictOrderLists';
import { MarkInvoicePaidMutation } from './paymentMutations';
import { TermsPaymentForm } from './TermsPaymentForm';
import { useFormat } from '../lib/useFormat';

/**
 * "Mark as Paid" for a terms invoice (article: "You must mainly mark the invoice as paid once the
 * buyer has paid you"): how the buyer paid, a reference and the day they paid (today by default).
 * Mount it afresh for each opening (a `key`), so "today" is today.
 */
export function MarkInvoicePaidDialog(props: {
  opened: boolean;
  onClose: () => void;
  invoiceId: string;
  displayNumber: string;
  buyerName: string;
  total: MoneyValue;
  onPaid: () => void;
  /** Reads the invoice again (e.g. when it turns out to be paid already). */
  onReload: () => Promise<unknown>;
}) {
  const { formatMoney } = useFormat();
  const [markPaid, { loading }] = useMutation(MarkInvoicePaidMutation, {
    update(cache, { data }) {
      if (data?.markInvoicePaid.invoice && data.markInvoicePaid.userErrors.length === 0) evictOrderLists(cache);
    },
  });
  const close = () => {
    if (!loading) props.onClose();
  };

  return (
    <Modal opened={props.opened} onClose={close} title={`Mark Invoice ${props.displayNumber} as Paid`} centered>
      <TermsPaymentForm
        action="Mark as Paid"
        intro={
          <Text size="sm">
            Record that {props.buyerName} paid {formatMoney(props.total)} outside the marketplace. The invoice and its
            order are then marked paid.
          </Text>
        }
        methodPlaceholder="How did the buyer pay?"
        missingMethod="Choose how the buyer paid."
        dayLabel="Paid on"
        missingDay="Enter the day the buyer paid."
        dayField="paidAt"
        loading={loading}
        onCancel={close}
        onSubmit={async ({ method, reference, day }) => {
          const { data } = await markPaid({
            variables: { input: { invoiceId: props.invoiceId, method, reference, paidAt: day } },
          });
          const payload = data?.markInvoicePaid;
          if (!payload) return [];
          const refusals = readUserErrors(payload.userErrors);
          if (refusals.length > 0 || !payload.invoice) {
            if (hasCode(refusals, 'ALREADY_PAID')) void props.onReload();
            return refusals;
          }
          props.onPaid();
          return [];
        }}
      />
    </Modal>
  );
}
