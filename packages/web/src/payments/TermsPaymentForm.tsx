import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { TermsPaymentMethod } from '../graphql/graphql';
import { describeError } from '../lib/errors';
import { fieldErrorMessage, formErrorMessages, type UserErrorLike, withoutFieldErrors } from '../lib/userErrors';
import { TermsPaymentFields, today } from './TermsPaymentFields';

export type TermsPaymentValues = { method: TermsPaymentMethod; reference: string | null; day: string };

/**
 * The form of money moved outside the marketplace ("Mark as Paid", "Record refund"): the fields, their
 * checks and the API's refusals next to them, and the buttons. Mount it afresh for each opening (a
 * `key`), so the day defaults to today.
 */
export function TermsPaymentForm(props: {
  /** Names the form and its submit button. */
  action: string;
  intro: ReactNode;
  methodPlaceholder: string;
  missingMethod: string;
  dayLabel: string;
  missingDay: string;
  /** The API's name of the day field (for its refusals). */
  dayField: string;
  loading: boolean;
  onCancel: () => void;
  /** Sends the values; answers the API's refusals, none when it went through. */
  onSubmit: (values: TermsPaymentValues) => Promise<ReadonlyArray<UserErrorLike>>;
}) {
  const [method, setMethod] = useState<TermsPaymentMethod | null>(null);
  const [reference, setReference] = useState('');
  const [day, setDay] = useState<string | null>(today);
  const [checked, setChecked] = useState(false);
  const [userErrors, setUserErrors] = useState<ReadonlyArray<UserErrorLike>>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const forget = (field: string) => setUserErrors((current) => withoutFieldErrors(current, field));

  const submit = async () => {
    if (props.loading) return;
    setFailure(null);
    setChecked(true);
    if (!method || !day) return;
    setUserErrors([]);
    try {
      setUserErrors(await props.onSubmit({ method, reference: reference.trim() || null, day }));
    } catch (caught) {
      setFailure(caught instanceof Error ? describeError(caught) : String(caught));
    }
  };

  const messages = [
    ...formErrorMessages(userErrors, [['method'], ['reference'], [props.dayField]]),
    ...(failure ? [failure] : []),
  ];
  return (
    <form
      aria-label={props.action}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        {props.intro}
        <TermsPaymentFields
          method={method}
          onMethodChange={(value) => {
            setMethod(value);
            forget('method');
          }}
          methodPlaceholder={props.methodPlaceholder}
          reference={reference}
          onReferenceChange={(value) => {
            setReference(value);
            forget('reference');
          }}
          day={day}
          onDayChange={(value) => {
            setDay(value);
            forget(props.dayField);
          }}
          dayLabel={props.dayLabel}
          errors={{
            method: fieldErrorMessage(userErrors, 'method') ?? (checked && !method ? props.missingMethod : undefined),
            reference: fieldErrorMessage(userErrors, 'reference'),
            day: fieldErrorMessage(userErrors, props.dayField) ?? (checked && !day ? props.missingDay : undefined),
          }}
        />
        {messages.map((text) => (
          <Alert key={text} color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            {text}
          </Alert>
        ))}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel} disabled={props.loading}>
            Cancel
          </Button>
          <Button type="submit" color="green" leftSection={<IconCheck size={16} />} loading={props.loading}>
            {props.action}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
