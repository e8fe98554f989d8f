import { useMutation } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconCalendar, IconDeviceFloppy } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { parseMoneyInput } from '../lib/money';
import { useFormErrors } from '../lib/useFormErrors';
import { readUserErrors, withoutFieldErrors } from '../lib/userErrors';
import { FormErrorAlerts } from '../ui/FormErrorAlerts';
import { evictOrderLists } from '../orders/evictOrderLists';
import { CarrierSelect } from './CarrierSelect';
import {
  carrierName,
  DAY,
  draftOf,
  earliestShipDate,
  latestShipDate,
  sameDraft,
  SHIPMENT_FIELDS,
  shipmentDraftErrors,
  trackingNumbers,
  type ShipmentDraft,
  type ShipmentField,
} from './shipmentDraft';
import { SaveShipmentMutation } from './shipmentMutations';
import { TrackingNumbersInput } from './TrackingNumbersInput';
import { useFormat } from '../lib/useFormat';
import { ActionForm } from '../ui/ActionForm';

export const ShipmentFormOrderFragment = graphql(`
  fragment ShipmentForm_order on Order {
    id
    number
    version
    placedAt
    total {
      amount
      currency
    }
    shipment {
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
  }
`);

/**
 * The Shipping tab's form (article: "populating the shipping details, clicking Save Shipment Info"):
 * carrier, service, tracking numbers, ship date and the shipping cost charged to the buyer, which
 * becomes the order's shipping and flows into its total. Every missing field is shown at once before
 * asking the API; the API's refusals are shown next to their fields too.
 */
export function ShipmentForm(props: {
  order: FragmentType<typeof ShipmentFormOrderFragment>;
  onReload: () => Promise<unknown>;
  /** Unsaved changes: "Create Invoice" would use the saved shipment, not these. */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { formatMoney, currencySymbol, display } = useFormat();
  const locale = display.locale;
  const order = getFragmentData(ShipmentFormOrderFragment, props.order);
  const currency = order.total.currency;
  const [save, { loading }] = useMutation(SaveShipmentMutation, {
    update(cache, { data }) {
      if (data?.saveShipment.order) evictOrderLists(cache);
    },
  });

  const saved = draftOf(order.shipment, order.placedAt, currency, locale);
  const [draft, setDraft] = useState<ShipmentDraft | null>(null);
  const errors = useFormErrors();

  const values = draft ?? saved;
  const dirty = draft !== null && !sameDraft(draft, saved, currency, locale);
  const { onDirtyChange } = props;
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

  const update = (patch: Partial<ShipmentDraft>, field: ShipmentField) => {
    setDraft({ ...values, ...patch });
    errors.setUserErrors((current) => withoutFieldErrors(current, field));
  };

  const submit = async () => {
    if (loading) return;
    errors.clearFailure();
    const shippingCost = parseMoneyInput(values.cost, currency, locale);
    const missing = shipmentDraftErrors(values, currency, locale);
    if (missing.length > 0 || shippingCost === null) {
      errors.setUserErrors(missing);
      return;
    }
    try {
      const { data } = await save({
        variables: {
          input: {
            orderId: order.id,
            carrier: carrierName(values),
            service: values.service.trim() || null,
            trackingNumbers: trackingNumbers(values),
            shippedOn: values.shippedOn ?? '',
            shippingCost,
            expectedVersion: order.version,
          },
        },
      });
      const payload = data?.saveShipment;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.order) {
        errors.setUserErrors(readUserErrors(payload.userErrors));
        return;
      }
      errors.setUserErrors([]);
      setDraft(null);
      notifications.show({
        color: 'green',
        title: 'Shipment info saved',
        message: `Order #${order.number}: shipping ${formatMoney({ amount: shippingCost, currency })}, total ${formatMoney(payload.order.total)}.`,
      });
    } catch (caught) {
      errors.fail(caught);
    }
  };

  return (
    <ActionForm onSubmit={submit} label="Shipment info" gap="lg">
      <FormErrorAlerts errors={errors} fields={SHIPMENT_FIELDS} onReload={props.onReload} />

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
        <CarrierSelect
          carrier={values.carrier}
          otherCarrier={values.otherCarrier}
          savedCarrier={saved.carrier}
          onCarrierChange={(carrier) => update({ carrier }, 'carrier')}
          onOtherCarrierChange={(otherCarrier) => update({ otherCarrier }, 'carrier')}
          error={errors.fieldError('carrier')}
        />
        <TextInput
          label="Service"
          placeholder="e.g. Ground, 2nd Day Air"
          value={values.service}
          onChange={(event) => update({ service: event.currentTarget.value }, 'service')}
          maxLength={100}
          error={errors.fieldError('service')}
        />
        <DatePickerInput
          label="Ship date"
          withAsterisk
          leftSection={<IconCalendar size={16} />}
          valueFormat="MMM D, YYYY"
          value={values.shippedOn}
          onChange={(shippedOn) => update({ shippedOn: shippedOn ? dayjs(shippedOn).format(DAY) : null }, 'shippedOn')}
          minDate={earliestShipDate(order.placedAt)}
          maxDate={latestShipDate()}
          popoverProps={{ withinPortal: true }}
          error={errors.fieldError('shippedOn')}
        />
        <TextInput
          label="Shipping cost"
          withAsterisk
          description={`Charged to the buyer, in ${currency}; 0 for free shipping.`}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          leftSection={
            <Text size="sm" c="dimmed" component="span">
              {currencySymbol(currency)}
            </Text>
          }
          // Typed in the seller's locale ("24,50" for a de-DE seller); no placeholder that could
          // pass for an amount.
          value={values.cost}
          onChange={(event) => update({ cost: event.currentTarget.value }, 'shippingCost')}
          inputMode="decimal"
          autoComplete="off"
          styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
          error={errors.fieldError('shippingCost')}
        />
      </SimpleGrid>

      <TrackingNumbersInput
        rows={values.tracking}
        onChange={(tracking) => update({ tracking }, 'trackingNumbers')}
        error={errors.fieldError('trackingNumbers')}
      />

      <Group justify="flex-end" gap="sm">
        {dirty && (
          <Button
            variant="default"
            onClick={() => {
              setDraft(null);
              errors.setUserErrors([]);
            }}
          >
            Discard changes
          </Button>
        )}
        <Button type="submit" loading={loading} leftSection={<IconDeviceFloppy size={16} />}>
          Save Shipment Info
        </Button>
      </Group>
    </ActionForm>
  );
}
