import { Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { TermsPaymentMethod } from '../graphql/graphql';
import { TERMS_PAYMENT_METHOD_LABEL, TERMS_PAYMENT_METHODS } from './labels';

/** How the API takes a calendar day. */
export const DAY_FORMAT = 'YYYY-MM-DD';
/** The API's limit on the reference. */
export const MAX_PAYMENT_REFERENCE = 200;

const METHOD_OPTIONS = TERMS_PAYMENT_METHODS.map((method) => ({
  value: method,
  label: TERMS_PAYMENT_METHOD_LABEL[method],
}));

/** Today as the API takes it: the default, and the latest day, of a payment made outside the marketplace. */
export function today(): string {
  return dayjs().format(DAY_FORMAT);
}

/**
 * Money moved outside the marketplace, on terms: how (check, ACH…), a reference and the day. Used to
 * mark a terms invoice paid and to record a refund paid back to a terms buyer.
 */
export function TermsPaymentFields(props: {
  method: TermsPaymentMethod | null;
  onMethodChange: (method: TermsPaymentMethod | null) => void;
  methodPlaceholder: string;
  reference: string;
  onReferenceChange: (reference: string) => void;
  day: string | null;
  onDayChange: (day: string | null) => void;
  dayLabel: string;
  errors: { method?: string; reference?: string; day?: string };
}) {
  return (
    <>
      <Select
        label="Payment method"
        withAsterisk
        placeholder={props.methodPlaceholder}
        data={METHOD_OPTIONS}
        value={props.method}
        onChange={(value) =>
          props.onMethodChange(TERMS_PAYMENT_METHODS.find((candidate) => candidate === value) ?? null)
        }
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        error={props.errors.method}
      />
      <TextInput
        label="Reference"
        description="Check number, transfer reference or a note (optional)."
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        placeholder="e.g. Check #4417"
        value={props.reference}
        maxLength={MAX_PAYMENT_REFERENCE}
        onChange={(event) => props.onReferenceChange(event.currentTarget.value)}
        error={props.errors.reference}
      />
      <DatePickerInput
        label={props.dayLabel}
        withAsterisk
        leftSection={<IconCalendar size={16} />}
        valueFormat="MMM D, YYYY"
        value={props.day}
        onChange={(value) => props.onDayChange(value ? dayjs(value).format(DAY_FORMAT) : null)}
        maxDate={today()}
        clearable
        popoverProps={{ withinPortal: true }}
        error={props.errors.day}
      />
    </>
  );
}
