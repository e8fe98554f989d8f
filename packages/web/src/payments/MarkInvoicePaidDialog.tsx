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
import { evictOrderLists } from '../orders/details/reviewMutations';
import { MarkInvoicePaidMutation } from './paymentMutations';
import { TermsPaymentFields, today } from './TermsPaymentFields';

const FIELDS = [['method'], ['reference'], ['paidAt']];

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
  const [markPaid, { loading }] = useMutation(MarkInvoicePaidMutation, {
    update(cache, { data }) {
      if (data?.markInvoicePaid.invoice && data.markInvoicePaid.userErrors.length === 0) evictOrderLists(cache);
    },
  });
  const [method, setMethod] = useState<TermsPaymentMethod | null>(null);
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState<string | null>(today);
  const [userErrors, setUserErrors] = useState<ReadonlyArray<UserErrorLike>>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);

  const close = () => {
    if (loading) return;
    props.onClose();
  };

  const submit = async () => {
    if (loading) return;
    setFailure(null);
    setChecked(true);
    if (!method || !paidOn) return;
    setUserErrors([]);
    try {
      const { data } = await markPaid({
        variables: {
          input: { invoiceId: props.invoiceId, method, reference: reference.trim() || null, paidAt: paidOn },
        },
      });
      const payload = data?.markInvoicePaid;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.invoice) {
        setUserErrors(payload.userErrors);
        if (hasCode(payload.userErrors, 'ALREADY_PAID')) void props.onReload();
        return;
      }
      props.onPaid();
    } catch (caught) {
      setFailure(caught instanceof Error ? describeError(caught) : String(caught));
    }
  };

  const methodError =
    fieldErrorMessage(userErrors, 'method') ?? (checked && !method ? 'Choose how the buyer paid.' : undefined);
  const paidOnError =
    fieldErrorMessage(userErrors, 'paidAt') ?? (checked && !paidOn ? 'Enter the day the buyer paid.' : undefined);
  const messages = [...formErrorMessages(userErrors, FIELDS), ...(failure ? [failure] : [])];

  return (
    <Modal opened={props.opened} onClose={close} title={`Mark Invoice ${props.displayNumber} as Paid`} centered>
      <form
        aria-label="Mark as Paid"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            Record that {props.buyerName} paid {formatMoney(props.total)} outside the marketplace. The invoice and its
            order are then marked paid.
          </Text>
          <TermsPaymentFields
            method={method}
            onMethodChange={(value) => {
              setMethod(value);
              setUserErrors((current) => withoutFieldErrors(current, 'method'));
            }}
            methodPlaceholder="How did the buyer pay?"
            reference={reference}
            onReferenceChange={(value) => {
              setReference(value);
              setUserErrors((current) => withoutFieldErrors(current, 'reference'));
            }}
            day={paidOn}
            onDayChange={(value) => {
              setPaidOn(value);
              setUserErrors((current) => withoutFieldErrors(current, 'paidAt'));
            }}
            dayLabel="Paid on"
            errors={{ method: methodError, reference: fieldErrorMessage(userErrors, 'reference'), day: paidOnError }}
          />
          {messages.map((text) => (
            <Alert key={text} color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {text}
            </Alert>
          ))}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" color="green" leftSection={<IconCheck size={16} />} loading={loading}>
              Mark as Paid
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
