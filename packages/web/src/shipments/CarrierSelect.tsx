import { useQuery } from '@apollo/client/react';
import { Select, Stack, TextInput } from '@mantine/core';
import { graphql } from '../graphql';
import { OTHER_CARRIER } from './shipmentDraft';

/** The carriers offered in the Shipping tab (any other name can be typed under "Other…"). */
const ShipmentCarriersQuery = graphql(`
  query ShipmentCarriers {
    carriers
  }
`);

/** "Carrier": one of the carriers offered, or "Other…" with its name typed in. */
export function CarrierSelect(props: {
  /** A carrier of the list, OTHER_CARRIER, or null before choosing. */
  carrier: string | null;
  otherCarrier: string;
  /** The carrier saved earlier: it stays selectable even when the list no longer (or not yet) has it. */
  savedCarrier: string | null;
  onCarrierChange: (carrier: string | null) => void;
  onOtherCarrierChange: (name: string) => void;
  error?: string;
}) {
  const { data } = useQuery(ShipmentCarriersQuery);
  const listed = data?.carriers ?? [];
  const saved = props.savedCarrier;
  const options = [...listed, ...(saved && saved !== OTHER_CARRIER && !listed.includes(saved) ? [saved] : [])];
  const other = props.carrier === OTHER_CARRIER;
  return (
    <Stack gap="xs">
      <Select
        label="Carrier"
        withAsterisk
        placeholder="Choose a carrier"
        data={[
          ...options.map((carrier) => ({ value: carrier, label: carrier })),
          { value: OTHER_CARRIER, label: 'Other…' },
        ]}
        value={props.carrier}
        onChange={props.onCarrierChange}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        // With "Other…" the refusal is about the typed name: shown there.
        error={other ? undefined : props.error}
      />
      {other && (
        <TextInput
          label="Carrier name"
          withAsterisk
          placeholder="e.g. Regional Express"
          value={props.otherCarrier}
          onChange={(event) => props.onOtherCarrierChange(event.currentTarget.value)}
          maxLength={100}
          error={props.error}
          autoFocus
        />
      )}
    </Stack>
  );
}
