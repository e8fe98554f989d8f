import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { cityLine } from '../../lib/address';
import { Section } from '../../ui/Section';

export const AddressCardFragment = graphql(`
  fragment AddressCard_address on Address {
    name
    company
    line1
    line2
    city
    region
    postalCode
    country
    phone
  }
`);

export const OrderAddressesFragment = graphql(`
  fragment OrderAddresses_order on Order {
    id
    shippingAddress {
      ...AddressCard_address
    }
    billingAddress {
      ...AddressCard_address
    }
  }
`);

function AddressCard(props: { title: string; address: FragmentType<typeof AddressCardFragment> }) {
  const address = getFragmentData(AddressCardFragment, props.address);
  return (
    <Paper withBorder p="md" bg="gray.0" component="article" aria-label={props.title}>
      <Title order={3} size="h6" c="dimmed" tt="uppercase" lts={0.3} mb="xs">
        {props.title}
      </Title>
      <address style={{ fontStyle: 'normal' }}>
        <Text size="sm" fw={600}>
          {address.name}
        </Text>
        {address.company && <Text size="sm">{address.company}</Text>}
        <Text size="sm">{address.line1}</Text>
        {address.line2 && <Text size="sm">{address.line2}</Text>}
        <Text size="sm">{cityLine(address)}</Text>
        <Text size="sm">{address.country}</Text>
        {address.phone && (
          <Text size="sm" c="dimmed" mt={4}>
            {address.phone}
          </Text>
        )}
      </address>
    </Paper>
  );
}

export function OrderAddresses(props: { order: FragmentType<typeof OrderAddressesFragment> }) {
  const order = getFragmentData(OrderAddressesFragment, props.order);
  return (
    <Section title="Shipping & Billing Information" id="order-addresses">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <AddressCard title="Shipping address" address={order.shippingAddress} />
        <AddressCard title="Billing address" address={order.billingAddress} />
      </SimpleGrid>
    </Section>
  );
}
