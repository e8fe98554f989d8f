import { useQuery } from '@apollo/client/react';
import { Loader, Select, Stack, Text, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../graphql';
import type { CatalogueVariantSelectQuery } from '../../graphql/graphql';
import { useFormat } from '../../lib/useFormat';

const CatalogueVariantSelectQuery = graphql(`
  query CatalogueVariantSelect($search: String, $first: Int) {
    catalogueVariantsConnection(search: $search, first: $first) {
      edges {
        node {
          id
          sku
          productName
          variantName
          unitPrice {
            amount
            currency
          }
          stockOnHand
        }
      }
    }
  }
`);

export type CatalogueVariant = CatalogueVariantSelectQuery['catalogueVariantsConnection']['edges'][number]['node'];

interface VariantOption extends ComboboxItem {
  variant: CatalogueVariant;
}

function variantLabel(variant: CatalogueVariant): string {
  return `${variant.sku} · ${variant.productName}${variant.variantName ? ` (${variant.variantName})` : ''}`;
}

/**
 * "Add product": the seller's catalogue searched on the server (SKU or product name, debounced),
 * fetched once the dropdown opens. Picking a variant hands it over whole (price and stock included).
 */
export function CatalogueVariantSelect(props: {
  value: CatalogueVariant | null;
  onChange: (variant: CatalogueVariant | null) => void;
  error?: string;
}) {
  const { formatMoney } = useFormat();
  const [opened, setOpened] = useState(false);
  const [searchValue, setSearchValue] = useState('');
  const [debouncedSearch] = useDebouncedValue(searchValue, 250);
  const selectedLabel = props.value ? variantLabel(props.value) : null;
  // While the input just shows the picked variant, list the whole catalogue rather than that one.
  const search = debouncedSearch.trim() === selectedLabel ? '' : debouncedSearch.trim();
  const { data, previousData, loading } = useQuery(CatalogueVariantSelectQuery, {
    variables: { search: search || null, first: 20 },
    skip: !opened,
  });
  const variants = (data ?? previousData)?.catalogueVariantsConnection.edges.map((edge) => edge.node) ?? [];
  const options: VariantOption[] = variants.map((variant) => ({
    value: variant.id,
    label: variantLabel(variant),
    variant,
  }));
  if (props.value && !options.some((option) => option.value === props.value?.id)) {
    options.unshift({ value: props.value.id, label: variantLabel(props.value), variant: props.value });
  }

  return (
    <Select
      label="Product"
      placeholder="Search by SKU or product name"
      searchable
      clearable
      value={props.value?.id ?? null}
      data={options}
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      onChange={(_value, option) => props.onChange(option ? (option as VariantOption).variant : null)}
      onDropdownOpen={() => setOpened(true)}
      // The server already filtered by the search text.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? 'Searching…' : 'No products found'}
      rightSection={loading && opened ? <Loader size={14} /> : undefined}
      renderOption={({ option }) => {
        const { variant } = option as VariantOption;
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            <Text size="xs" c="dimmed">
              {formatMoney(variant.unitPrice)} · {variant.stockOnHand} in stock
            </Text>
          </Stack>
        );
      }}
      comboboxProps={{ withinPortal: true }}
      error={props.error}
      style={{ flex: 1, minWidth: 240 }}
    />
  );
}
