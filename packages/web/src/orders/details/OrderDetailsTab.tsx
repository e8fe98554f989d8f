import { Grid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { CreditNotesAndRefunds } from './CreditNotesAndRefunds';
import { ShipmentSummary } from '../../shipments/ShipmentSummary';
import { InvoiceNextStep } from './InvoiceNextStep';
import { InvoiceSummary } from './InvoiceSummary';
import { OrderAddresses } from './OrderAddresses';
import { OrderInformation } from './OrderInformation';
import { OrderInvoices } from './OrderInvoices';
import { OrderItems } from './OrderItems';
import { OrderItemsEditor } from './OrderItemsEditor';
import { OrderTimeline } from './OrderTimeline';
import type { OrderDetails } from './useOrderDetails';

/**
 * The "Order Details" tab: the order, its addresses and items (or the items editor) and what was
 * credited on the left; its invoice, shipment and timeline on the right. Side by side only where the
 * items table fits beside the timeline (xl); stacked below.
 */
export function OrderDetailsTab(props: {
  order: OrderDetails;
  now: Date;
  mailCatcherUrl: string | null;
  /** "Edit Order" is on: the items table is the editor until the edit is saved or abandoned. */
  editing: boolean;
  onEditingDone: () => void;
  selectedItemIds: ReadonlySet<string>;
  onSelectedItemIdsChange: (ids: ReadonlySet<string>) => void;
  /** "Split from Order" and the trash can, while items can be checked. */
  itemActions: ReactNode;
  /** A quantity's "Update" was refused because the order changed. */
  onStale: () => void;
  onReload: () => Promise<unknown>;
  onOpenShipping: () => void;
}) {
  const { order } = props;
  const actions = order.availableActions;
  return (
    <Grid gutter="lg" align="flex-start">
      <Grid.Col span={{ base: 12, xl: 8 }}>
        <Stack gap="lg">
          <OrderInformation order={order} now={props.now} />
          <OrderAddresses order={order} />
          {props.editing && actions.includes('EDIT') ? (
            <OrderItemsEditor order={order} onDone={props.onEditingDone} onReload={props.onReload} />
          ) : (
            <OrderItems
              order={order}
              selectable={actions.includes('SPLIT') || actions.includes('REMOVE_ITEM')}
              selectedIds={props.selectedItemIds}
              onSelectedIdsChange={props.onSelectedItemIdsChange}
              actions={props.itemActions}
              quantityEditing={
                actions.includes('UPDATE_QUANTITY') ? { version: order.version, onStale: props.onStale } : null
              }
            />
          )}
          <CreditNotesAndRefunds order={order} onReload={props.onReload} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 4 }}>
        <Stack gap="lg">
          {order.invoice ? (
            <InvoiceSummary invoice={order.invoice} />
          ) : (
            <InvoiceNextStep
              orderId={order.id}
              canCreateInvoice={actions.includes('CREATE_INVOICE')}
              canSaveShipment={actions.includes('SAVE_SHIPMENT')}
              amountToInvoice={order.amountToInvoice}
              onOpenShipping={props.onOpenShipping}
            />
          )}
          <OrderInvoices order={order} canCreateInvoice={actions.includes('CREATE_INVOICE')} />
          {order.shipment && <ShipmentSummary shipment={order.shipment} />}
          <OrderTimeline order={order} now={props.now} mailCatcherUrl={props.mailCatcherUrl} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
