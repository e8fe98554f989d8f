import { useQuery } from '@apollo/client/react';
import { Loader, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../graphql';

const CustomerPickerQuery = graphql(`
  query CustomerPicker($search: String, $first: Int) {
    customersConnection(search: $search, first: $first) {
      edges {
        node {
          id
          name
          email
          paymentTermsLabel
        }
      }
    }
  }
`);

const PICKER_PAGE = 20;

/** A customer of the seller, as the picker lists it. */
export interface CustomerOption {
  id: string;
  name: string;
  email: string;
  paymentTermsLabel: string;
}

/** "Search all customers": the seller's customers searched on the server (name or email). */
export function CustomerPicker(props: {
  value: string | null;
  picked: CustomerOption | null;
  onChange: (customer: CustomerOption | null) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // While the input shows the picked customer's name, list everyone rather than that one name.
  const term = props.picked && debounced === props.picked.name ? '' : debounced;
  const { data, previousData, loading } = useQuery(CustomerPickerQuery, {
    variables: { search: term || null, first: PICKER_PAGE },
  });
  const customers = (data ?? previousData)?.customersConnection.edges.map((edge) => edge.node) ?? [];
  const options =
    props.picked && !customers.some((c) => c.id === props.picked?.id) ? [props.picked, ...customers] : customers;
  const byId = new Map(options.map((customer) => [customer.id, customer]));

  return (
    <Select
      label="Search all customers"
      placeholder="Name or email"
      searchable
      clearable
      value={props.value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => props.onChange(id ? (byId.get(id) ?? null) : null)}
      // The API searches (name or email); show its answer as it is.
      filter={({ options: all }) => all}
      data={options.map((customer) => ({ value: customer.id, label: customer.name }))}
      renderOption={({ option }) => {
        const customer = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {customer && (
              <Text size="xs" c="dimmed">
                {customer.email} · {customer.paymentTermsLabel}
              </Text>
            )}
          </Stack>
        );
      }}
      nothingFoundMessage={loading ? 'Searching…' : 'No customer matches'}
      rightSection={loading ? <Loader size={14} /> : undefined}
      error={props.error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
