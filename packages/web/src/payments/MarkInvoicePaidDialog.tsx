import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconAlertTriangle, IconCalendar, IconCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
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
import { TERMS_PAYMENT_METHOD_LABEL, TERMS_PAYMENT_METHODS } from './labels';
import { MarkInvoicePaidMutation } from './paymentMutations';

const DAY = 'YYYY-MM-DD';
/** The API's limit on the reference. */
export const MAX_PAYMENT_REFERENCE = 200;

const METHOD_OPTIONS = TERMS_PAYMENT_METHODS.map((method) => ({
  value: method,
  label: TERMS_PAYMENT_METHOD_LABEL[method],
}));

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
  const today = dayjs().format(DAY);
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
          <Select
            label="Payment method"
            withAsterisk
            placeholder="How did the buyer pay?"
            data={METHOD_OPTIONS}
            value={method}
            onChange={(value) => {
              setMethod(TERMS_PAYMENT_METHODS.find((candidate) => candidate === value) ?? null);
              setUserErrors((current) => withoutFieldErrors(current, 'method'));
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            error={methodError}
          />
          <TextInput
            label="Reference"
            description="Check number, transfer reference or a note (optional)."
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder="e.g. Check #4417"
            value={reference}
            maxLength={MAX_PAYMENT_REFERENCE}
            onChange={(event) => {
              setReference(event.currentTarget.value);
              setUserErrors((current) => withoutFieldErrors(current, 'reference'));
            }}
            error={fieldErrorMessage(userErrors, 'reference')}
          />
          <DatePickerInput
            label="Paid on"
            withAsterisk
            leftSection={<IconCalendar size={16} />}
            valueFormat="MMM D, YYYY"
            value={paidOn}
            onChange={(value) => {
              setPaidOn(value ? dayjs(value).format(DAY) : null);
              setUserErrors((current) => withoutFieldErrors(current, 'paidAt'));
            }}
            maxDate={today}
            clearable
            popoverProps={{ withinPortal: true }}
            error={paidOnError}
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
