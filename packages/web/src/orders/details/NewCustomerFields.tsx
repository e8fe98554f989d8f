import { NumberInput, Stack, TextInput } from '@mantine/core';

export const DEFAULT_PAYMENT_TERMS_DAYS = 30;

/** The customer to create, as typed (the terms as the number input holds them). */
export interface NewCustomerDraft {
  name: string;
  email: string;
  paymentTermsDays: number | string;
}

/** Fields of the new-customer form, as the API names them in `field` paths. */
export const NEW_CUSTOMER_FIELDS = [
  ['createNew', 'name'],
  ['createNew', 'email'],
  ['createNew', 'paymentTermsDays'],
] as const;

/** "Create a new customer": its name, the email invoices go to, and its payment terms. */
export function NewCustomerFields(props: {
  draft: NewCustomerDraft;
  onChange: (patch: Partial<NewCustomerDraft>) => void;
  fieldError: (...path: ReadonlyArray<string>) => string | undefined;
}) {
  const { draft, onChange, fieldError } = props;
  const days = draft.paymentTermsDays;
  return (
    <Stack gap="sm">
      <TextInput
        label="Customer name"
        required
        value={draft.name}
        onChange={(event) => onChange({ name: event.currentTarget.value })}
        error={fieldError(...NEW_CUSTOMER_FIELDS[0])}
        maxLength={200}
      />
      <TextInput
        label="Invoice email"
        type="email"
        required
        value={draft.email}
        onChange={(event) => onChange({ email: event.currentTarget.value })}
        error={fieldError(...NEW_CUSTOMER_FIELDS[1])}
      />
      <NumberInput
        label="Payment terms (days)"
        description={
          typeof days === 'number' && days > 0
            ? `Net ${days}: invoices on terms are due ${days} days after they are issued.`
            : 'Invoices on terms are due on receipt.'
        }
        min={0}
        max={365}
        allowDecimal={false}
        allowNegative={false}
        value={days}
        onChange={(value) => onChange({ paymentTermsDays: value })}
        error={fieldError(...NEW_CUSTOMER_FIELDS[2])}
        styles={{ wrapper: { maxWidth: 200 } }}
      />
    </Stack>
  );
}
