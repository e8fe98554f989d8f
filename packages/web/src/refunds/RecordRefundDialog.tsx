import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { TermsPaymentMethod } from '../graphql/graphql';
import { describeError } from '../lib/errors';
import { formatMoney, type MoneyValue } from '../lib/format';
import {
  fieldErrorMessage,
  formErrorMessages,
  hasCode,
  type UserErrorLike,
  withoutFieldErrors,
} from '../lib/userErrors';
import { TermsPaymentFields, today } from '../payments/TermsPaymentFields';
import { RecordTermsRefundMutation } from './refundMutations';

const FIELDS = [['method'], ['reference'], ['refundedOn']];

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
  const [record, { loading }] = useMutation(RecordTermsRefundMutation);
  const [method, setMethod] = useState<TermsPaymentMethod | null>(null);
  const [reference, setReference] = useState('');
  const [refundedOn, setRefundedOn] = useState<string | null>(today);
  const [checked, setChecked] = useState(false);
  const [userErrors, setUserErrors] = useState<ReadonlyArray<UserErrorLike>>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    if (loading) return;
    setFailure(null);
    setChecked(true);
    if (!method || !refundedOn) return;
    setUserErrors([]);
    try {
      const { data } = await record({
        variables: {
          input: { refundId: props.refundId, method, reference: reference.trim() || null, refundedOn },
        },
      });
      const payload = data?.recordTermsRefund;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.refund) {
        setUserErrors(payload.userErrors);
        // Recorded meanwhile (another tab): show the refund as it is now.
        if (hasCode(payload.userErrors, 'REFUND_NOT_RETRYABLE')) void props.onReload();
        return;
      }
      props.onRecorded();
    } catch (caught) {
      setFailure(caught instanceof Error ? describeError(caught) : String(caught));
    }
  };

  const methodError =
    fieldErrorMessage(userErrors, 'method') ?? (checked && !method ? 'Choose how you paid the buyer back.' : undefined);
  const dateError =
    fieldErrorMessage(userErrors, 'refundedOn') ??
    (checked && !refundedOn ? 'Enter the date you paid the buyer back.' : undefined);

  return (
    <Modal
      opened={props.opened}
      onClose={() => !loading && props.onClose()}
      title={`Record refund for ${props.creditNoteNumber}`}
      centered
    >
      <form
        aria-label="Record refund"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            Record that you paid {formatMoney(props.amount)} back to the buyer outside the marketplace.
          </Text>
          <TermsPaymentFields
            method={method}
            onMethodChange={(value) => {
              setMethod(value);
              setUserErrors((current) => withoutFieldErrors(current, 'method'));
            }}
            methodPlaceholder="How did you pay the buyer back?"
            reference={reference}
            onReferenceChange={(value) => {
              setReference(value);
              setUserErrors((current) => withoutFieldErrors(current, 'reference'));
            }}
            day={refundedOn}
            onDayChange={(value) => {
              setRefundedOn(value);
              setUserErrors((current) => withoutFieldErrors(current, 'refundedOn'));
            }}
            dayLabel="Refunded on"
            errors={{ method: methodError, reference: fieldErrorMessage(userErrors, 'reference'), day: dateError }}
          />
          {[...formErrorMessages(userErrors, FIELDS), ...(failure ? [failure] : [])].map((text) => (
            <Alert key={text} color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {text}
            </Alert>
          ))}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" color="green" leftSection={<IconCheck size={16} />} loading={loading}>
              Record refund
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
