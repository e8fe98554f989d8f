import { useMutation, useQuery } from '@apollo/client/react';
import { Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../graphql';
import { DialogFooter } from '../ui/DialogFooter';
import { runCustomerChange } from './useCustomerChange';

const LinkableBuyersQuery = graphql(`
  query LinkableBuyers($search: String, $first: Int) {
    buyersConnection(search: $search, first: $first) {
      edges {
        node {
          id
          companyName
          contactName
          customer {
            id
            name
          }
        }
      }
    }
  }
`);

const LinkBuyerMutation = graphql(`
  mutation LinkBuyerToCustomer($input: CustomerBuyerInput!) {
    linkBuyerToCustomer(input: $input) {
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

/**
 * Links one of the buyers who ordered from the seller to a customer: the buyer's next orders are
 * accepted for it. Buyers already linked to another customer are shown with it and cannot be picked
 * (unlink them there first, as the API asks).
 */
export function LinkBuyerDialog(props: {
  customerId: string;
  customerName: string;
  opened: boolean;
  onClose: () => void;
}) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [buyerId, setBuyerId] = useState<string | null>(null);
  const { data, previousData, loading } = useQuery(LinkableBuyersQuery, {
    variables: { search: debouncedSearch || null, first: 20 },
    skip: !props.opened,
    fetchPolicy: 'cache-and-network',
  });
  const [link, { loading: linking }] = useMutation(LinkBuyerMutation);
  const buyers = (data ?? previousData)?.buyersConnection.edges.map((edge) => edge.node) ?? [];
  const options = buyers.map((buyer) => ({
    value: buyer.id,
    label: buyer.customer ? `${buyer.companyName} (linked to ${buyer.customer.name})` : buyer.companyName,
    disabled: buyer.customer !== null && buyer.customer !== undefined,
  }));

  const close = () => {
    setBuyerId(null);
    setSearch('');
    props.onClose();
  };

  const submit = async () => {
    if (!buyerId) return;
    const picked = buyers.find((buyer) => buyer.id === buyerId);
    const linked = await runCustomerChange(
      async () =>
        (await link({ variables: { input: { customerId: props.customerId, buyerId } } })).data?.linkBuyerToCustomer,
      {
        success: {
          title: 'Buyer linked',
          message: `${picked?.companyName ?? 'The buyer'}’s next orders are accepted for ${props.customerName}.`,
        },
        failed: 'Buyer not linked',
      },
    );
    if (linked) close();
  };

  return (
    <Modal opened={props.opened} onClose={close} title={`Link a buyer to ${props.customerName}`}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Pick a buyer who has ordered from you. Their next orders are accepted for this customer, on its terms.
        </Text>
        <Select
          label="Buyer"
          placeholder="Search buyers"
          searchable
          data={options}
          value={buyerId}
          onChange={setBuyerId}
          searchValue={search}
          onSearchChange={setSearch}
          // The server already filtered by the search text.
          filter={({ options: all }) => all}
          nothingFoundMessage={loading ? 'Searching…' : 'No buyers found'}
          rightSection={loading ? <Loader size={14} /> : undefined}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <DialogFooter
          action="Link buyer"
          onAction={() => void submit()}
          onCancel={close}
          loading={linking}
          disabled={!buyerId}
        />
      </Stack>
    </Modal>
  );
}
