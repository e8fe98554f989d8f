import {
  carrierName,
  draftOf,
  OTHER_CARRIER,
  sameDraft,
  shipmentDraftErrors,
  splitPasted,
  trackingNumbers,
} from './shipmentDraft';

const saved = {
  __typename: 'Shipment' as const,
  id: 'S1',
  carrier: 'UPS',
  service: null,
  trackingNumbers: ['1Z1', '1Z2'],
  shippedOn: '2026-11-02',
  cost: { __typename: 'Money' as const, amount: 2450, currency: 'USD' },
};

describe('shipmentDraft', () => {
  it('starts from the saved shipment, one row per tracking number', () => {
    const draft = draftOf(saved, '2026-11-01T10:00:00Z', 'USD');
    expect(draft).toMatchObject({ carrier: 'UPS', service: '', shippedOn: '2026-11-02', cost: '24.50' });
    expect(trackingNumbers(draft)).toEqual(['1Z1', '1Z2']);
  });

  it('compares drafts as the API would store them', () => {
    const draft = draftOf(saved, '2026-11-01T10:00:00Z', 'USD');
    const retyped = {
      ...draft,
      service: '  ',
      cost: '24.5',
      tracking: [...draft.tracking, { key: 'new-0', value: ' ' }],
    };
    expect(sameDraft(retyped, draft, 'USD')).toBe(true);
    expect(sameDraft({ ...draft, cost: '25' }, draft, 'USD')).toBe(false);
  });

  it('names the carrier typed under "Other…"', () => {
    const draft = draftOf(null, '2026-11-01T10:00:00Z', 'USD');
    expect(carrierName({ ...draft, carrier: OTHER_CARRIER, otherCarrier: ' Regional Express ' })).toBe(
      'Regional Express',
    );
  });

  it('splits several pasted tracking numbers', () => {
    expect(splitPasted('1Z1\n1Z2, 1Z3;;1Z4\r\n')).toEqual(['1Z1', '1Z2', '1Z3', '1Z4']);
  });

  it('finds every missing field at once, and reads the cost in the seller’s locale', () => {
    const empty = { ...draftOf(null, '2026-11-01T10:00:00Z', 'EUR'), shippedOn: null };
    expect(shipmentDraftErrors(empty, 'EUR', 'de-DE').map((error) => [error.field?.[1], error.message])).toEqual([
      ['carrier', 'Choose a carrier: it is required.'],
      ['trackingNumbers', 'Enter at least one tracking number: it is required.'],
      ['shippedOn', 'Choose the ship date: it is required.'],
      ['shippingCost', 'Enter the shipping cost charged to the buyer (0 for free shipping).'],
    ]);
    const other = { ...empty, carrier: OTHER_CARRIER, cost: '24.50' };
    expect(shipmentDraftErrors(other, 'EUR', 'de-DE').map((error) => error.message)).toEqual(
      expect.arrayContaining(['Enter the carrier name: it is required.', 'Enter an amount in EUR, e.g. 24,50.']),
    );
    const filled = {
      ...empty,
      carrier: 'DHL',
      tracking: [{ key: 't', value: 'JD01' }],
      shippedOn: '2026-11-02',
      cost: '24,50',
    };
    expect(shipmentDraftErrors(filled, 'EUR', 'de-DE')).toEqual([]);
  });
});
