import { Stack, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { useFormat } from '../lib/useFormat';
import { Section } from '../ui/Section';
import { SummaryRow } from '../ui/SummaryRow';

export const ShipmentSummaryFragment = graphql(`
  fragment ShipmentSummary_shipment on Shipment {
    id
    carrier
    service
    trackingNumbers
    shippedOn
    cost {
      amount
      currency
    }
  }
`);

/** The saved shipment: carrier and service, tracking numbers, ship date and shipping cost. */
export function ShipmentSummary(props: { shipment: FragmentType<typeof ShipmentSummaryFragment> }) {
  const { formatMoney, formatCalendarDate } = useFormat();
  const shipment = getFragmentData(ShipmentSummaryFragment, props.shipment);
  return (
    <Section title="Shipment" id="order-shipment">
      <Stack gap="xs">
        <SummaryRow label="Carrier">
          {shipment.carrier}
          {shipment.service ? ` · ${shipment.service}` : ''}
        </SummaryRow>
        <SummaryRow label="Tracking">
          {shipment.trackingNumbers.length > 0 ? (
            <Stack gap={0} align="flex-end">
              {shipment.trackingNumbers.map((tracking) => (
                <Text key={tracking} size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {tracking}
                </Text>
              ))}
            </Stack>
          ) : (
            '—'
          )}
        </SummaryRow>
        <SummaryRow label="Ship date">{formatCalendarDate(shipment.shippedOn)}</SummaryRow>
        <SummaryRow label="Shipping cost">
          <span className="tabular-nums">{formatMoney(shipment.cost)}</span>
        </SummaryRow>
      </Stack>
    </Section>
  );
}
