import { useQuery } from '@apollo/client/react';
import { Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../graphql';
import { addressLines } from '../../lib/address';
import { useFormat } from '../../lib/useFormat';
import { Page, PageHeader } from '../../ui/Page';
import { QueryError } from '../../ui/States';
import { OrderNotFound } from '../OrderNotFound';
import sheet from '../../invoices/DocumentSheet.module.css';
import classes from './PackingSlipPage.module.css';
import { AddressCardFragment } from '../details/OrderAddresses';
import { LineProduct, LineSku, LineTable } from '../LineTable';
import { orderPath } from '../paths';

const PackingSlipPageQuery = graphql(`
  query PackingSlipPage($id: ID!) {
    order(id: $id) {
      id
      number
      placedAt
      buyerNote
      packingSlipUrl
      buyer {
        id
        companyName
      }
      shippingAddress {
        ...AddressCard_address
      }
      items {
        id
        sku
        productName
        variantName
        quantity
      }
    }
  }
`);

/**
 * `/orders/:id/packing-slip`: what goes in the box, ready to print (only the sheet prints) or as a
 * PDF: ship-to, SKUs and quantities, the buyer's note; never a price.
 */
export function PackingSlipPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { formatDate, formatNumber } = useFormat();
  const { data, loading, error, refetch } = useQuery(PackingSlipPageQuery, { variables: { id } });

  if (loading && !data) {
    return (
      <Page>
        <Skeleton height={640} maw={880} w="100%" mx="auto" radius="md" aria-label="Loading packing slip" />
      </Page>
    );
  }
  if (error && !data) {
    return (
      <Page>
        <PageHeader title="Packing slip" back={{ to: orderPath(id), label: 'Order' }} />
        <QueryError title="Could not load this packing slip" error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  const order = data?.order;
  if (!order) {
    return <OrderNotFound />;
  }
  const shipTo = getFragmentData(AddressCardFragment, order.shippingAddress);
  const units = order.items.reduce((sum, item) => sum + item.quantity, 0);

  return (
    <Page>
      <title>{`Packing slip · Order #${order.number} · Order Desk`}</title>
      <Stack gap="lg" maw={880} w="100%" mx="auto">
        <div className="no-print">
          <PageHeader
            back={{ to: orderPath(order.id), label: `Order #${order.number}` }}
            title={`Packing slip for Order #${order.number}`}
            description="Put it in the box: items and quantities for the buyer to check, no prices."
            actions={
              <>
                <Button
                  component="a"
                  href={order.packingSlipUrl}
                  variant="default"
                  leftSection={<IconDownload size={16} />}
                >
                  Download PDF
                </Button>
                <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
                  Print
                </Button>
              </>
            }
          />
        </div>
        <article className={sheet.sheet} aria-label="Packing slip">
          <div className={sheet.header}>
            <Stack gap={4}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                Ship to
              </Text>
              <address style={{ fontStyle: 'normal' }}>
                {addressLines(shipTo).map((line) => (
                  <Text key={line} size="md">
                    {line}
                  </Text>
                ))}
                {shipTo.phone && <Text size="sm">{shipTo.phone}</Text>}
              </address>
            </Stack>
            <div className={sheet.meta}>
              <Title order={2} size="h3">
                Packing slip
              </Title>
              <dl className={sheet.facts}>
                <dt>Order</dt>
                <dd>#{order.number}</dd>
                <dt>Order date</dt>
                <dd>{formatDate(order.placedAt)}</dd>
                <dt>Buyer</dt>
                <dd>{order.buyer.companyName}</dd>
              </dl>
            </div>
          </div>
          <LineTable
            className={classes.lines}
            label="Items to pack"
            look="sheet"
            lines={order.items}
            lineKey={(item) => item.id}
            columns={[
              { key: 'sku', heading: 'SKU', width: 160, cell: (item) => <LineSku sku={item.sku} wrap /> },
              {
                key: 'item',
                heading: 'Item',
                cell: (item) => <LineProduct name={item.productName} variant={item.variantName} />,
              },
              { key: 'qty', heading: 'Qty', width: 80, numeric: true, cell: (item) => formatNumber(item.quantity) },
            ]}
          />
          <Text size="sm" fw={600} ta="right" mt="sm">
            {formatNumber(units)} {units === 1 ? 'unit' : 'units'} in {order.items.length}{' '}
            {order.items.length === 1 ? 'line' : 'lines'}
          </Text>
          {order.buyerNote && (
            <Stack gap={4} mt="lg">
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                Note from the buyer
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {order.buyerNote}
              </Text>
            </Stack>
          )}
        </article>
      </Stack>
    </Page>
  );
}
