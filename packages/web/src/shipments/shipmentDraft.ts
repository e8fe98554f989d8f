import dayjs from 'dayjs';
import type { ShipmentForm_OrderFragment } from '../graphql/graphql';
import { LOCALE } from '../lib/format';
import { minorUnitsToInput, parseMoneyInput } from '../lib/money';
import type { UserErrorLike } from '../lib/userErrors';

// The shipment as the seller types it in the Shipping tab, and the rules it is checked by.

/** The API's limit on tracking numbers per shipment. */
export const MAX_TRACKING_NUMBERS = 20;
/** The carrier choice that asks for a name typed by the seller. */
export const OTHER_CARRIER = '__other__';
/** Ship dates as the API takes them. */
export const DAY = 'YYYY-MM-DD';
/** The API accepts ship dates up to 30 days ahead. */
const MAX_DAYS_AHEAD = 30;

/** The fields of the form, as the API names them in `field` paths. */
export type ShipmentField = 'carrier' | 'service' | 'trackingNumbers' | 'shippedOn' | 'shippingCost';
export const SHIPMENT_FIELDS: ReadonlyArray<ReadonlyArray<ShipmentField>> = [
  ['carrier'],
  ['service'],
  ['trackingNumbers'],
  ['shippedOn'],
  ['shippingCost'],
];

export interface TrackingRow {
  key: string;
  value: string;
}

export interface ShipmentDraft {
  /** A carrier of the list, OTHER_CARRIER (typed in `otherCarrier`), or null before choosing. */
  carrier: string | null;
  otherCarrier: string;
  service: string;
  tracking: TrackingRow[];
  shippedOn: string | null;
  /** As typed, in major units and the seller's locale ("24.50", "24,50"). */
  cost: string;
}

type SavedShipment = NonNullable<ShipmentForm_OrderFragment['shipment']>;

/** The API compares ship dates with the UTC calendar day the order was placed. */
export function earliestShipDate(placedAt: string): string {
  return new Date(placedAt).toISOString().slice(0, 10);
}

export function latestShipDate(): string {
  return dayjs().add(MAX_DAYS_AHEAD, 'day').format(DAY);
}

/** The ship date offered by default: today, but never before the (UTC) day the order was placed. */
function defaultShipDate(placedAt: string): string {
  const today = dayjs().format(DAY);
  const placedDay = earliestShipDate(placedAt);
  return today < placedDay ? placedDay : today;
}

/** The form as saved (or, before the first save, as it starts), money in the seller's `locale`. */
export function draftOf(
  shipment: SavedShipment | null,
  placedAt: string,
  currency: string,
  locale: string = LOCALE,
): ShipmentDraft {
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
    cost: minorUnitsToInput(shipment.cost.amount, currency, locale),
  };
}

export function carrierName(draft: ShipmentDraft): string {
  return (draft.carrier === OTHER_CARRIER ? draft.otherCarrier : (draft.carrier ?? '')).trim();
}

/** The tracking numbers the API is sent: the rows filled in. */
export function trackingNumbers(draft: ShipmentDraft): string[] {
  return draft.tracking.map((row) => row.value.trim()).filter(Boolean);
}

/** Would saving `a` change nothing against `b` (texts compared as the API would store them)? */
export function sameDraft(a: ShipmentDraft, b: ShipmentDraft, currency: string, locale: string = LOCALE): boolean {
  return (
    carrierName(a) === carrierName(b) &&
    a.service.trim() === b.service.trim() &&
    trackingNumbers(a).join('\n') === trackingNumbers(b).join('\n') &&
    a.shippedOn === b.shippedOn &&
    parseMoneyInput(a.cost, currency, locale) === parseMoneyInput(b.cost, currency, locale)
  );
}

/** Several tracking numbers pasted at once (one per line, or comma/semicolon separated). */
export function splitPasted(text: string): string[] {
  return text
    .split(/[\n\r,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * What the form can tell before asking the API, every problem at once (in the API's shape, so they
 * show at their fields like the API's own refusals).
 */
export function shipmentDraftErrors(draft: ShipmentDraft, currency: string, locale: string): UserErrorLike[] {
  const refusal = (field: ShipmentField, message: string): UserErrorLike => ({
    code: 'REQUIRED',
    field: ['input', field],
    message,
  });
  const errors: UserErrorLike[] = [];
  if (carrierName(draft) === '') {
    errors.push(
      refusal(
        'carrier',
        draft.carrier === OTHER_CARRIER
          ? 'Enter the carrier name: it is required.'
          : 'Choose a carrier: it is required.',
      ),
    );
  }
  if (trackingNumbers(draft).length === 0) {
    errors.push(refusal('trackingNumbers', 'Enter at least one tracking number: it is required.'));
  }
  if (!draft.shippedOn) errors.push(refusal('shippedOn', 'Choose the ship date: it is required.'));
  if (draft.cost.trim() === '') {
    errors.push(refusal('shippingCost', 'Enter the shipping cost charged to the buyer (0 for free shipping).'));
  } else if (parseMoneyInput(draft.cost, currency, locale) === null) {
    errors.push({
      code: 'INVALID_SHIPPING',
      field: ['input', 'shippingCost'],
      message: `Enter an amount in ${currency}, e.g. ${minorUnitsToInput(2450, currency, locale)}.`,
    });
  }
  return errors;
}
