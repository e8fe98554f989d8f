import { Group, Radio, Stack, Text } from '@mantine/core';
import { CustomerPicker, type CustomerOption } from './CustomerPicker';

/** The field of the existing-customer choice, as the API names it in `field` paths. */
export const EXISTING_CUSTOMER_FIELD = ['existingCustomerId'] as const;

/**
 * "Associate with an existing customer": the likely matches the API suggests (same email, email
 * domain or a similar name), and a search of all the seller's customers.
 */
export function ExistingCustomerChoice(props: {
  suggestions: ReadonlyArray<CustomerOption>;
  selected: CustomerOption | null;
  onSelect: (customer: CustomerOption | null) => void;
  error?: string;
}) {
  const { suggestions, selected } = props;
  return (
    <Stack gap="sm">
      {suggestions.length > 0 ? (
        <Radio.Group
          label="Likely matches"
          description="Your customers with the buyer's email, email domain or a similar name."
          value={selected && suggestions.some((s) => s.id === selected.id) ? selected.id : null}
          onChange={(id) => props.onSelect(suggestions.find((s) => s.id === id) ?? null)}
        >
          <Stack gap="xs" mt={6}>
            {suggestions.map((customer) => (
              <Radio.Card key={customer.id} value={customer.id} p="sm" radius="md">
                <Group wrap="nowrap" gap="sm">
                  <Radio.Indicator />
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate>
                      {customer.name}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {customer.email} · {customer.paymentTermsLabel}
                    </Text>
                  </Stack>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Text size="sm" c="dimmed">
          None of your customers looks like this buyer. Search for the customer below.
        </Text>
      )}
      <CustomerPicker value={selected?.id ?? null} picked={selected} onChange={props.onSelect} error={props.error} />
    </Stack>
  );
}
