import { Alert, Anchor, Grid, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconPrinter, IconTruckOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { CreateInvoiceButton } from '../invoices/CreateInvoiceButton';
import { InvoiceStatusBadge } from '../invoices/InvoiceStatusBadge';
import { invoicePath } from '../invoices/paths';
import { packingSlipPath } from '../orders/paths';
import { ShipmentSummary } from './ShipmentSummary';
import { Section } from '../ui/Section';
import { OrderTotals } from '../orders/OrderTotals';
import { EmptyState } from '../ui/States';
import { ShipmentForm } from './ShipmentForm';

export const ShippingTabOrderFragment = graphql(`
  fragment ShippingTab_order on Order {
    id
    number
    status
    availableActions
    subtotal {
      amount
      currency
    }
    shipping {
      amount
      currency
    }
    total {
      amount
      currency
    }
    shipment {
      id
      ...ShipmentSummary_shipment
    }
    invoice {
      id
      status
      displayNumber
    }
    ...ShipmentForm_order
  }
`);

/**
 * The "Shipping" tab of an accepted order (article: "clicking the shipping tab, populating the
 * shipping details, clicking Save Shipment Info and then at the bottom right clicking Create
 * Invoice"). Once the invoice is issued the shipment is shown read-only.
 */
export function ShippingTab(props: {
  order: FragmentType<typeof ShippingTabOrderFragment>;
  onReload: () => Promise<unknown>;
}) {
  const order = getFragmentData(ShippingTabOrderFragment, props.order);
  const [dirty, setDirty] = useState(false);
  const canSave = order.availableActions.includes('SAVE_SHIPMENT');
  const canInvoice = order.availableActions.includes('CREATE_INVOICE');
  const invoice = order.invoice;

  return (
    <Stack gap="lg">
      <Group justify="flex-end">
        <Anchor component={Link} to={packingSlipPath(order.id)} size="sm" fw={500}>
          <Group gap={6} wrap="nowrap" component="span">
            <IconPrinter size={16} aria-hidden />
            Print packing slip
          </Group>
        </Anchor>
      </Group>
      <Grid gutter="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {canSave ? (
            <Section title="Shipment Info" id="shipment-info">
              <ShipmentForm order={order} onReload={props.onReload} onDirtyChange={setDirty} />
            </Section>
          ) : order.shipment ? (
            <Stack gap="md">
              {invoice?.status === 'ISSUED' && (
                <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
                  Invoice {invoice.displayNumber} is issued with this shipment: the shipment info can no longer change.{' '}
                  <Anchor component={Link} to={invoicePath(invoice.id)} size="sm" fw={500}>
                    View Invoice
                  </Anchor>
                </Alert>
              )}
              <ShipmentSummary shipment={order.shipment} />
            </Stack>
          ) : (
            <Section title="Shipment Info" id="shipment-info">
              <EmptyState
                icon={<IconTruckOff size={24} />}
                title="No shipment"
                description="Shipment info can be saved for accepted orders only."
              />
            </Section>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Section title="Order Totals" id="shipping-totals">
            <Stack gap="md">
              <OrderTotals subtotal={order.subtotal} shipping={order.shipping} total={order.total} />
              {invoice && (
                <Group gap="xs" justify="space-between" wrap="nowrap">
                  <Text size="sm" c="dimmed">
                    Invoice
                  </Text>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={invoicePath(invoice.id)} size="sm" fw={600}>
                      {invoice.displayNumber ?? 'Invoice Preview'}
                    </Anchor>
                    <InvoiceStatusBadge status={invoice.status} size="sm" />
                  </Group>
                </Group>
              )}
            </Stack>
          </Section>
        </Grid.Col>
      </Grid>

      {/* "at the bottom right clicking Create Invoice" */}
      {canInvoice ? (
        <Group justify="flex-end" align="flex-start" gap="md">
          {dirty && (
            <Text size="sm" c="dimmed" mt={8}>
              Save or discard your shipment changes first.
            </Text>
          )}
          <CreateInvoiceButton orderId={order.id} disabled={dirty} />
        </Group>
      ) : (
        canSave &&
        !order.shipment && (
          <Group justify="flex-end">
            <Text size="sm" c="dimmed">
              Save the shipment info to create the invoice.
            </Text>
          </Group>
        )
      )}
    </Stack>
  );
}
