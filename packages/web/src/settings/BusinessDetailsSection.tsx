import { useMutation } from '@apollo/client/react';
import { Card, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { readUserErrors } from '../lib/userErrors';
import { useFormErrors } from '../lib/useFormErrors';
import { ActionForm } from '../ui/ActionForm';
import { DialogFooter } from '../ui/DialogFooter';
import { FormErrorAlerts } from '../ui/FormErrorAlerts';

export const BusinessDetailsSectionSellerFragment = graphql(`
  fragment BusinessDetailsSection_seller on Seller {
    id
    legalName
    taxId
    replyToEmail
    remitToInstructions
    address {
      line1
      line2
      city
      region
      postalCode
      country
    }
  }
`);

const UpdateBusinessDetailsMutation = graphql(`
  mutation UpdateBusinessDetails($input: UpdateSellerSettingsInput!) {
    updateSellerSettings(input: $input) {
      seller {
        id
        ...BusinessDetailsSection_seller
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

type Values = {
  legalName: string;
  taxId: string;
  replyToEmail: string;
  remitToInstructions: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
};
type Field = keyof Values;
const ADDRESS_PARTS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;

/** Where each field's refusal is reported: the address parts under `address`. */
const pathOf = (field: Field): string[] =>
  (ADDRESS_PARTS as readonly string[]).includes(field) ? ['address', field] : [field];

const FIELDS: ReadonlyArray<{ field: Field; label: string; description?: string; maxLength: number }> = [
  { field: 'legalName', label: 'Legal name', description: 'As registered; printed on invoices', maxLength: 200 },
  { field: 'taxId', label: 'Tax ID', description: 'VAT number or EIN, printed on invoices', maxLength: 40 },
  { field: 'replyToEmail', label: 'Reply-to email', description: 'Where buyers’ replies to emails go', maxLength: 254 },
  { field: 'line1', label: 'Address line 1', maxLength: 200 },
  { field: 'line2', label: 'Address line 2', maxLength: 200 },
  { field: 'city', label: 'City', maxLength: 100 },
  { field: 'region', label: 'State or region', maxLength: 100 },
  { field: 'postalCode', label: 'Postal code', maxLength: 20 },
  { field: 'country', label: 'Country code', description: 'Two letters, e.g. US or DE', maxLength: 2 },
];

/**
 * "Business details": who the seller is on paper (legal name, address, tax id) for invoices and
 * credit notes, where buyers' replies go, and how terms customers pay. Owners edit; staff read.
 */
export function BusinessDetailsSection(props: {
  seller: FragmentType<typeof BusinessDetailsSectionSellerFragment>;
  canEdit: boolean;
}) {
  const seller = getFragmentData(BusinessDetailsSectionSellerFragment, props.seller);
  const saved: Values = {
    legalName: seller.legalName ?? '',
    taxId: seller.taxId ?? '',
    replyToEmail: seller.replyToEmail ?? '',
    remitToInstructions: seller.remitToInstructions ?? '',
    line1: seller.address.line1 ?? '',
    line2: seller.address.line2 ?? '',
    city: seller.address.city ?? '',
    region: seller.address.region ?? '',
    postalCode: seller.address.postalCode ?? '',
    country: seller.address.country ?? '',
  };
  const [values, setValues] = useState<Values>(saved);
  const errors = useFormErrors();
  const [update, { loading }] = useMutation(UpdateBusinessDetailsMutation);
  const changed = (Object.keys(values) as Field[]).some((field) => values[field] !== saved[field]);

  const submit = async () => {
    if (loading || !changed) return;
    errors.clear();
    try {
      const { data } = await update({
        variables: {
          input: {
            legalName: values.legalName,
            taxId: values.taxId,
            replyToEmail: values.replyToEmail,
            remitToInstructions: values.remitToInstructions,
            address: Object.fromEntries(ADDRESS_PARTS.map((part) => [part, values[part]])),
          },
        },
      });
      const refusals = readUserErrors(data?.updateSellerSettings.userErrors ?? []);
      errors.setUserErrors(refusals);
      if (data && refusals.length === 0)
        notifications.show({ color: 'green', title: 'Business details saved', message: 'New invoices print them.' });
    } catch (caught) {
      errors.fail(caught);
    }
  };

  const input = (field: Field) => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    },
    error: errors.fieldError(...pathOf(field)),
    disabled: !props.canEdit,
  });

  return (
    <Card component="section" aria-labelledby="business-details-title" maw={760}>
      <ActionForm onSubmit={submit} label="Business details">
        <Stack gap={4}>
          <Title order={2} size="h3" id="business-details-title">
            Business details
          </Title>
          <Text size="sm" c="dimmed">
            Printed on your invoices and credit notes. Emails to buyers come from your brand name, and their replies go
            to the reply-to email (your contact email when empty).
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {FIELDS.map(({ field, label, description, maxLength }) => (
            <TextInput
              key={field}
              label={label}
              description={description}
              maxLength={maxLength}
              type={field === 'replyToEmail' ? 'email' : 'text'}
              {...input(field)}
            />
          ))}
        </SimpleGrid>
        <Textarea
          label="Remit-to instructions"
          description="How terms customers pay you, e.g. bank details; printed on terms invoices"
          autosize
          minRows={3}
          maxLength={1000}
          {...input('remitToInstructions')}
        />
        <FormErrorAlerts errors={errors} fields={(Object.keys(values) as Field[]).map(pathOf)} />
        {props.canEdit && <DialogFooter action="Save business details" loading={loading} disabled={!changed} />}
      </ActionForm>
    </Card>
  );
}
