import { useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { graphql } from '../graphql';
import { runCustomerChange } from './useCustomerChange';

const UpdateCustomerTermsMutation = graphql(`
  mutation UpdateCustomerTerms($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      customer {
        id
        ...CustomerSummary_customer
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** The terms sellers use most; a customer's other terms (any 0–365 days the API holds) are kept and shown. */
const COMMON_TERMS_DAYS = [0, 7, 15, 30, 45, 60, 90] as const;

const termsLabel = (days: number) => (days === 0 ? 'Due on receipt' : `Net ${days}`);

/** A customer's payment terms, saved as soon as the seller picks others (new invoices use them). */
export function PaymentTermsSelect(props: { customerId: string; customerName: string; days: number }) {
  const [update, { loading }] = useMutation(UpdateCustomerTermsMutation);
  const options = [...new Set([...COMMON_TERMS_DAYS, props.days])]
    .sort((a, b) => a - b)
    .map((days) => ({ value: String(days), label: termsLabel(days) }));

  const save = (value: string | null) => {
    if (value === null || Number(value) === props.days) return;
    void runCustomerChange(
      async () =>
        (await update({ variables: { input: { customerId: props.customerId, paymentTermsDays: Number(value) } } })).data
          ?.updateCustomer,
      {
        success: {
          title: 'Payment terms saved',
          message: `${props.customerName}: ${termsLabel(Number(value))} on invoices issued from now on.`,
        },
        failed: 'Payment terms not saved',
      },
    );
  };

  return (
    <Select
      aria-label={`Payment terms of ${props.customerName}`}
      data={options}
      value={String(props.days)}
      onChange={save}
      allowDeselect={false}
      disabled={loading}
      size="xs"
      w={150}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
