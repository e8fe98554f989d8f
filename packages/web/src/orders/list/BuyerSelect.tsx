import { useQuery } from '@apollo/client/react';
import { Group, Loader, Select, Stack, Text, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../graphql';

const BuyerSelectQuery = graphql(`
  query BuyerSelect($search: String, $first: Int) {
    buyersConnection(search: $search, first: $first) {
      edges {
        node {
          id
          companyName
          contactName
        }
      }
    }
  }
`);

interface BuyerOption extends ComboboxItem {
  contactName?: string;
}

/**
 * Buyer filter fed by `buyersConnection(search)`. The list is searched on the server (debounced) and only
 * fetched once the dropdown is opened. The selected buyer's label comes from `selectedLabel`
 * (the API has no buyer-by-id lookup) when it is not among the search results.
 */
export function BuyerSelect(props: {
  value: string | null;
  selectedLabel: string | null;
  onChange: (buyerId: string | null) => void;
}) {
  const [opened, setOpened] = useState(false);
  const [searchValue, setSearchValue] = useState('');
  const [debouncedSearch] = useDebouncedValue(searchValue, 250);
  const selectedLabel = props.selectedLabel ?? (props.value ? 'Selected buyer' : null);
  // While the input just shows the selected buyer's name, list everyone rather than that one.
  const search = debouncedSearch.trim() === (selectedLabel ?? '') ? '' : debouncedSearch.trim();

  const { data, previousData, loading } = useQuery(BuyerSelectQuery, {
    variables: { search: search || null, first: 20 },
    skip: !opened,
  });
  const buyers = (data ?? previousData)?.buyersConnection.edges.map((edge) => edge.node) ?? [];

  const options: BuyerOption[] = buyers.map((buyer) => ({
    value: buyer.id,
    label: buyer.companyName,
    contactName: buyer.contactName,
  }));
  if (props.value && selectedLabel && !options.some((option) => option.value === props.value)) {
    options.unshift({ value: props.value, label: selectedLabel });
  }

  return (
    <Select
      aria-label="Buyer"
      placeholder="All buyers"
      searchable
      clearable
      value={props.value}
      data={options}
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      onChange={(value) => props.onChange(value)}
      onDropdownOpen={() => setOpened(true)}
      // The server already filtered by the search text.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? 'Searching…' : 'No buyers found'}
      rightSection={loading && opened ? <Loader size={14} /> : undefined}
      renderOption={({ option }) => {
        const buyer = option as BuyerOption;
        return (
          <Stack gap={0}>
            <Text size="sm">{buyer.label}</Text>
            {buyer.contactName && (
              <Group gap={4}>
                <Text size="xs" c="dimmed">
                  {buyer.contactName}
                </Text>
              </Group>
            )}
          </Stack>
        );
      }}
      comboboxProps={{ withinPortal: true }}
      w={{ base: '100%', sm: 200 }}
    />
  );
}
