import { Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { getFragmentData, type FragmentType } from '../graphql';
import { useFormat } from '../lib/useFormat';
import tables from '../ui/tables.module.css';
import { CustomerBuyers } from './CustomerBuyers';
import { CustomerOrders } from './CustomerOrders';
import { CustomerSummaryFragment } from './customerFragment';
import { PaymentTermsSelect } from './PaymentTermsSelect';

type CustomerRef = { id: string } & FragmentType<typeof CustomerSummaryFragment>;

/** The parts of one customer both layouts show, under the same names. */
function useCustomerParts(ref: CustomerRef) {
  const { formatMoney } = useFormat();
  const customer = getFragmentData(CustomerSummaryFragment, ref);
  const owes = customer.openBalance.amount > 0;
  return {
    customer,
    name: (
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {customer.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {customer.email}
        </Text>
      </Stack>
    ),
    buyers: <CustomerBuyers customerId={customer.id} customerName={customer.name} buyers={customer.buyers} />,
    terms: (
      <PaymentTermsSelect customerId={customer.id} customerName={customer.name} days={customer.paymentTermsDays} />
    ),
    balance: (
      <Text size="sm" fw={owes ? 700 : 400} c={owes ? undefined : 'dimmed'} className="tabular-nums">
        {formatMoney(customer.openBalance)}
      </Text>
    ),
    orders: <CustomerOrders orders={customer.orders} />,
  };
}

const COLUMNS = ['Customer', 'Linked buyers', 'Payment terms', 'Open balance', 'Orders'] as const;

function CustomerRow(props: { customer: CustomerRef }) {
  const parts = useCustomerParts(props.customer);
  return (
    <Table.Tr>
      <Table.Td>{parts.name}</Table.Td>
      <Table.Td>{parts.buyers}</Table.Td>
      <Table.Td>{parts.terms}</Table.Td>
      <Table.Td ta="right">{parts.balance}</Table.Td>
      <Table.Td>{parts.orders}</Table.Td>
    </Table.Tr>
  );
}

/** The customers as a table (768 px and wider). */
export function CustomersTable(props: { customers: ReadonlyArray<CustomerRef> }) {
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="sm" className={tables.centred} aria-label="Customers">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => (
              <Table.Th key={column} className={tables.heading} ta={column === 'Open balance' ? 'right' : undefined}>
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.customers.map((customer) => (
            <CustomerRow key={customer.id} customer={customer} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Labelled(props: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {props.label}
      </Text>
      {props.children}
    </Stack>
  );
}

function CustomerCard(props: { customer: CustomerRef }) {
  const parts = useCustomerParts(props.customer);
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          {parts.name}
          {parts.balance}
        </Group>
        <Labelled label="Linked buyers">{parts.buyers}</Labelled>
        <SimpleGrid cols={2} spacing="sm">
          <Labelled label="Payment terms">{parts.terms}</Labelled>
          <Labelled label="Orders">{parts.orders}</Labelled>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** The customers as cards, for phones (under 768 px): everything the table shows, without sideways scrolling. */
export function CustomerCards(props: { customers: ReadonlyArray<CustomerRef> }) {
  return (
    <Stack component="ul" gap="sm" p="md" m={0} aria-label="Customers" style={{ listStyle: 'none' }}>
      {props.customers.map((customer) => (
        <CustomerCard key={customer.id} customer={customer} />
      ))}
    </Stack>
  );
}
