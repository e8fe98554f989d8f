import { IconCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { TermsPaymentMethod } from '../graphql/graphql';
import { useFormErrors } from '../lib/useFormErrors';
import { type UserErrorLike, withoutFieldErrors } from '../lib/userErrors';
import { DialogFooter } from '../ui/DialogFooter';
import { FormErrorAlerts } from '../ui/FormErrorAlerts';
import { TermsPaymentFields, today } from './TermsPaymentFields';
import { ActionForm } from '../ui/ActionForm';

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
  const errors = useFormErrors();
  const forget = (field: string) => errors.setUserErrors((current) => withoutFieldErrors(current, field));

  const submit = async () => {
    if (props.loading) return;
    errors.clearFailure();
    setChecked(true);
    if (!method || !day) return;
    errors.setUserErrors([]);
    try {
      errors.setUserErrors(await props.onSubmit({ method, reference: reference.trim() || null, day }));
    } catch (caught) {
      errors.fail(caught);
    }
  };

  return (
    <ActionForm onSubmit={submit} label={props.action}>
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
          method: errors.fieldError('method') ?? (checked && !method ? props.missingMethod : undefined),
          reference: errors.fieldError('reference'),
          day: errors.fieldError(props.dayField) ?? (checked && !day ? props.missingDay : undefined),
        }}
      />
      <FormErrorAlerts errors={errors} fields={[['method'], ['reference'], [props.dayField]]} />
      <DialogFooter
        action={props.action}
        icon={<IconCheck size={16} />}
        tone="confirm"
        loading={props.loading}
        onCancel={props.onCancel}
      />
    </ActionForm>
  );
}
