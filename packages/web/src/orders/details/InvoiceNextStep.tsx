import { Button, Group, Stack, Text } from '@mantine/core';
import { IconTruck } from '@tabler/icons-react';
import { CreateInvoiceButton } from '../../invoices/CreateInvoiceButton';
import type { MoneyValue } from '../../lib/format';
import { useFormat } from '../../lib/useFormat';
import { Section } from '../../ui/Section';

/**
 * What comes next for an accepted order that has no invoice yet: the shipment (on the Shipping tab),
 * then "Create Invoice".
 */
export function InvoiceNextStep(props: {
  orderId: string;
  canCreateInvoice: boolean;
  canSaveShipment: boolean;
  /** What a new invoice would bill. */
  amountToInvoice: MoneyValue;
  onOpenShipping: () => void;
}) {
  const { formatMoney } = useFormat();
  if (props.canCreateInvoice) {
    return (
      <Section title="Invoice" id="order-invoice">
        <Stack gap="sm">
          <Text size="sm">
            The shipment info is saved. Create the invoice ({formatMoney(props.amountToInvoice)}) to review it before
            you confirm it.
          </Text>
          <Group justify="flex-end">
            <CreateInvoiceButton orderId={props.orderId} size="sm" />
          </Group>
        </Stack>
      </Section>
    );
  }
  if (!props.canSaveShipment) return null;
  return (
    <Section title="Invoice" id="order-invoice">
      <Stack gap="sm">
        <Text size="sm">
          To invoice this order, save its shipment info first: carrier, tracking numbers and the shipping cost.
        </Text>
        <Group justify="flex-end">
          <Button size="sm" variant="light" leftSection={<IconTruck size={16} />} onClick={props.onOpenShipping}>
            Go to Shipping
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
