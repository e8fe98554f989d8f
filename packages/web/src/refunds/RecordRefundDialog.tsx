import { useMutation } from '@apollo/client/react';
import { Modal, Text } from '@mantine/core';
import { type MoneyValue } from '../lib/format';
import { hasCode, readUserErrors } from '../lib/userErrors';
import { TermsPaymentForm } from '../payments/TermsPaymentForm';
import { RecordTermsRefundMutation } from './refundMutations';
import { useFormat } from '../lib/useFormat';

/**
 * "Record refund" for money owed back to a terms buyer: the seller pays it outside the marketplace
 * and records how, a reference and the day. Mount it afresh for each opening (a `key`), so "today"
 * is today.
 */
export function RecordRefundDialog(props: {
  opened: boolean;
  onClose: () => void;
  refundId: string;
  creditNoteNumber: string;
  amount: MoneyValue;
  onRecorded: () => void;
  /** Reads the order again (e.g. when the refund turns out to be recorded already). */
  onReload: () => Promise<unknown>;
}) {
  const { formatMoney } = useFormat();
  const [record, { loading }] = useMutation(RecordTermsRefundMutation);
  const close = () => {
    if (!loading) props.onClose();
  };

  return (
    <Modal opened={props.opened} onClose={close} title={`Record refund for ${props.creditNoteNumber}`} centered>
      <TermsPaymentForm
        action="Record refund"
        intro={
          <Text size="sm">
            Record that you paid {formatMoney(props.amount)} back to the buyer outside the marketplace.
          </Text>
        }
        methodPlaceholder="How did you pay the buyer back?"
        missingMethod="Choose how you paid the buyer back."
        dayLabel="Refunded on"
        missingDay="Enter the date you paid the buyer back."
        dayField="refundedOn"
        loading={loading}
        onCancel={close}
        onSubmit={async ({ method, reference, day }) => {
          const { data } = await record({
            variables: { input: { refundId: props.refundId, method, reference, refundedOn: day } },
          });
          const payload = data?.recordTermsRefund;
          if (!payload) return [];
          const refusals = readUserErrors(payload.userErrors);
          if (refusals.length > 0 || !payload.refund) {
            // Recorded meanwhile (another tab): show the refund as it is now.
            if (hasCode(refusals, 'REFUND_NOT_RETRYABLE')) void props.onReload();
            return refusals;
          }
          props.onRecorded();
          return [];
        }}
      />
    </Modal>
  );
}
