import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Group,
  Input,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconCalendar, IconDeviceFloppy, IconPlus, IconX } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useId, useRef, useState, type ClipboardEvent } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import type { ShipmentForm_OrderFragment } from '../graphql/graphql';
import { currencyFractionDigits } from '../lib/format';
import { minorUnitsToInput, parseMoneyInput } from '../lib/money';
import { useFormErrors } from '../lib/useFormErrors';
import { readUserErrors, withoutFieldErrors } from '../lib/userErrors';
import { FormErrorAlerts } from '../ui/FormErrorAlerts';
import { evictOrderLists } from '../orders/evictOrderLists';
import { SaveShipmentMutation, ShipmentCarriersQuery } from './shipmentMutations';
import { useFormat } from '../lib/useFormat';

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

/** The API's limit on tracking numbers per shipment. */
export const MAX_TRACKING_NUMBERS = 20;
const OTHER_CARRIER = '__other__';
const DAY = 'YYYY-MM-DD';
/** The API accepts ship dates up to 30 days ahead. */
const MAX_DAYS_AHEAD = 30;

type Field = 'carrier' | 'service' | 'trackingNumbers' | 'shippedOn' | 'shippingCost';
const FIELDS: ReadonlyArray<ReadonlyArray<Field>> = [
  ['carrier'],
  ['service'],
  ['trackingNumbers'],
  ['shippedOn'],
  ['shippingCost'],
];

interface TrackingRow {
  key: string;
  value: string;
}

interface ShipmentDraft {
  /** A carrier of the list, OTHER_CARRIER (typed in `otherCarrier`), or null before choosing. */
  carrier: string | null;
  otherCarrier: string;
  service: string;
  tracking: TrackingRow[];
  shippedOn: string | null;
  /** As typed, in major units ("24.50"). */
  cost: string;
}

type SavedShipment = NonNullable<ShipmentForm_OrderFragment['shipment']>;

/** The ship date offered by default: today, but never before the (UTC) day the order was placed. */
function defaultShipDate(placedAt: string): string {
  const today = dayjs().format(DAY);
  const placedDay = earliestShipDate(placedAt);
  return today < placedDay ? placedDay : today;
}

/** The API compares ship dates with the UTC calendar day the order was placed. */
function earliestShipDate(placedAt: string): string {
  return new Date(placedAt).toISOString().slice(0, 10);
}

function draftOf(shipment: SavedShipment | null, placedAt: string, currency: string): ShipmentDraft {
  if (!shipment) {
    return {
      carrier: null,
      otherCarrier: '',
      service: '',
      tracking: [{ key: 'saved-0', value: '' }],
      shippedOn: defaultShipDate(placedAt),
      cost: '',
    };
  }
  return {
    carrier: shipment.carrier,
    otherCarrier: '',
    service: shipment.service ?? '',
    tracking: (shipment.trackingNumbers.length > 0 ? shipment.trackingNumbers : ['']).map((value, index) => ({
      key: `saved-${index}`,
      value,
    })),
    shippedOn: shipment.shippedOn,
    cost: minorUnitsToInput(shipment.cost.amount, currency),
  };
}

function carrierName(draft: ShipmentDraft): string {
  return (draft.carrier === OTHER_CARRIER ? draft.otherCarrier : (draft.carrier ?? '')).trim();
}

function sameDraft(a: ShipmentDraft, b: ShipmentDraft, currency: string): boolean {
  const numbers = (draft: ShipmentDraft) =>
    draft.tracking
      .map((row) => row.value.trim())
      .filter(Boolean)
      .join('\n');
  return (
    carrierName(a) === carrierName(b) &&
    a.service.trim() === b.service.trim() &&
    numbers(a) === numbers(b) &&
    a.shippedOn === b.shippedOn &&
    parseMoneyInput(a.cost, currency) === parseMoneyInput(b.cost, currency)
  );
}

/** Several tracking numbers pasted at once (one per line, or comma/semicolon separated). */
function splitPasted(text: string): string[] {
  return text
    .split(/[\n\r,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The Shipping tab's form (article: "populating the shipping details, clicking Save Shipment Info"):
 * carrier, service, tracking numbers, ship date and the shipping cost charged to the buyer, which
 * becomes the order's shipping and flows into its total. The API validates; its errors are shown
 * next to their fields.
 */
export function ShipmentForm(props: {
  order: FragmentType<typeof ShipmentFormOrderFragment>;
  onReload: () => Promise<unknown>;
  /** Unsaved changes: "Create Invoice" would use the saved shipment, not these. */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { formatMoney, currencySymbol } = useFormat();
  const order = getFragmentData(ShipmentFormOrderFragment, props.order);
  const currency = order.total.currency;
  const formId = useId();
  const { data: carriersData } = useQuery(ShipmentCarriersQuery);
  const [save, { loading }] = useMutation(SaveShipmentMutation, {
    update(cache, { data }) {
      if (data?.saveShipment.order) evictOrderLists(cache);
    },
  });
  const nextKey = useRef(0);

  const saved = draftOf(order.shipment, order.placedAt, currency);
  const [draft, setDraft] = useState<ShipmentDraft | null>(null);
  const errors = useFormErrors();
  const [costError, setCostError] = useState<string | null>(null);

  const values = draft ?? saved;
  const dirty = draft !== null && !sameDraft(draft, saved, currency);
  const { onDirtyChange } = props;
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

  const update = (patch: Partial<ShipmentDraft>, field: Field) => {
    setDraft({ ...values, ...patch });
    errors.setUserErrors((current) => withoutFieldErrors(current, field));
    if (field === 'shippingCost') setCostError(null);
  };

  const newRow = (value: string): TrackingRow => ({ key: `new-${nextKey.current++}`, value });
  const setTracking = (tracking: TrackingRow[]) => update({ tracking }, 'trackingNumbers');

  const onTrackingPaste = (index: number, event: ClipboardEvent<HTMLInputElement>) => {
    const parts = splitPasted(event.clipboardData.getData('text'));
    if (parts.length < 2) return;
    event.preventDefault();
    const rows = [...values.tracking];
    const current = rows[index];
    const replaced = current && current.value.trim() === '' ? 1 : 0;
    rows.splice(index + 1 - replaced, replaced, ...parts.map(newRow));
    setTracking(rows.slice(0, MAX_TRACKING_NUMBERS));
  };

  const listed = carriersData?.carriers ?? [];
  const carrierOptions = [
    ...listed,
    // A carrier saved earlier that is not (or not yet) in the list stays selectable.
    ...(saved.carrier && saved.carrier !== OTHER_CARRIER && !listed.includes(saved.carrier) ? [saved.carrier] : []),
  ];

  const submit = async () => {
    if (loading) return;
    errors.clearFailure();
    const shippingCost = parseMoneyInput(values.cost, currency);
    if (shippingCost === null) {
      setCostError(
        values.cost.trim() === ''
          ? 'Enter the shipping cost charged to the buyer (0 for free shipping).'
          : `Enter an amount in ${currency}, e.g. ${minorUnitsToInput(2450, currency)}.`,
      );
      return;
    }
    setCostError(null);
    try {
      const { data } = await save({
        variables: {
          input: {
            orderId: order.id,
            carrier: carrierName(values),
            service: values.service.trim() || null,
            trackingNumbers: values.tracking.map((row) => row.value.trim()).filter(Boolean),
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

  const trackingError = errors.fieldError('trackingNumbers');
  const trackingErrorId = `${formId}-tracking-error`;
  const minDate = earliestShipDate(order.placedAt);
  const maxDate = dayjs().add(MAX_DAYS_AHEAD, 'day').format(DAY);

  return (
    <form
      aria-label="Shipment info"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="lg">
        <FormErrorAlerts errors={errors} fields={FIELDS} onReload={props.onReload} />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <Stack gap="xs">
            <Select
              label="Carrier"
              withAsterisk
              placeholder="Choose a carrier"
              data={[
                ...carrierOptions.map((carrier) => ({ value: carrier, label: carrier })),
                { value: OTHER_CARRIER, label: 'Other…' },
              ]}
              value={values.carrier}
              onChange={(carrier) => update({ carrier }, 'carrier')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              error={values.carrier === OTHER_CARRIER ? undefined : errors.fieldError('carrier')}
            />
            {values.carrier === OTHER_CARRIER && (
              <TextInput
                label="Carrier name"
                withAsterisk
                placeholder="e.g. Regional Express"
                value={values.otherCarrier}
                onChange={(event) => update({ otherCarrier: event.currentTarget.value }, 'carrier')}
                maxLength={100}
                error={errors.fieldError('carrier')}
                autoFocus
              />
            )}
          </Stack>
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
            onChange={(shippedOn) =>
              update({ shippedOn: shippedOn ? dayjs(shippedOn).format(DAY) : null }, 'shippedOn')
            }
            minDate={minDate}
            maxDate={maxDate}
            popoverProps={{ withinPortal: true }}
            error={errors.fieldError('shippedOn')}
          />
          <NumberInput
            label="Shipping cost"
            withAsterisk
            description={`Charged to the buyer, in ${currency}; 0 for free shipping.`}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            leftSection={
              <Text size="sm" c="dimmed" component="span">
                {currencySymbol(currency)}
              </Text>
            }
            placeholder={minorUnitsToInput(0, currency)}
            value={values.cost}
            onChange={(cost) => update({ cost: String(cost) }, 'shippingCost')}
            decimalScale={currencyFractionDigits(currency)}
            thousandSeparator=","
            allowNegative={false}
            hideControls
            inputMode="decimal"
            styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
            error={costError ?? errors.fieldError('shippingCost')}
          />
        </SimpleGrid>

        <Input.Wrapper
          label="Tracking numbers"
          withAsterisk
          labelElement="div"
          id={`${formId}-tracking`}
          description="One per package. Pasting several at once (one per line) adds a row for each."
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          error={trackingError}
          errorProps={{ id: trackingErrorId }}
        >
          <Stack gap="xs" mt={6} role="group" aria-labelledby={`${formId}-tracking-label`}>
            {values.tracking.map((row, index) => (
              <Group key={row.key} gap="xs" wrap="nowrap">
                <TextInput
                  aria-label={`Tracking number ${index + 1}`}
                  value={row.value}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setTracking(values.tracking.map((other) => (other.key === row.key ? { ...other, value } : other)));
                  }}
                  onPaste={(event) => onTrackingPaste(index, event)}
                  placeholder={index === 0 ? 'e.g. 1Z999AA10123456784' : undefined}
                  maxLength={64}
                  autoComplete="off"
                  spellCheck={false}
                  error={Boolean(trackingError)}
                  aria-errormessage={trackingError ? trackingErrorId : undefined}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <Tooltip label="Remove this tracking number" disabled={values.tracking.length < 2}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="lg"
                    aria-label={`Remove tracking number ${index + 1}`}
                    disabled={values.tracking.length < 2}
                    onClick={() => setTracking(values.tracking.filter((other) => other.key !== row.key))}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
            <Group>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                disabled={values.tracking.length >= MAX_TRACKING_NUMBERS}
                onClick={() => setTracking([...values.tracking, newRow('')])}
              >
                Add tracking number
              </Button>
            </Group>
          </Stack>
        </Input.Wrapper>

        <Group justify="flex-end" gap="sm">
          {dirty && (
            <Button
              variant="default"
              onClick={() => {
                setDraft(null);
                errors.setUserErrors([]);
                setCostError(null);
              }}
            >
              Discard changes
            </Button>
          )}
          <Button type="submit" loading={loading} leftSection={<IconDeviceFloppy size={16} />}>
            Save Shipment Info
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
