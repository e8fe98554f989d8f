import {
  clearFilterParams,
  ordersPageVariables,
  parseOrdersListParams,
  patchOrdersListParams,
} from './ordersListParams';

const params = (query: string) => new URLSearchParams(query);

describe('orders list URL state', () => {
  it('parses and validates the URL', () => {
    expect(
      parseOrdersListParams(
        params('status=PENDING&payment=PAID&buyer=B1&from=2025-11-01&to=2025-11-30&q=%20acme%20&after=c1'),
      ),
    ).toEqual({
      allOrdersView: false,
      status: 'PENDING',
      paymentStatus: 'PAID',
      buyerId: 'B1',
      placedFrom: '2025-11-01',
      placedTo: '2025-11-30',
      search: 'acme',
      after: 'c1',
      before: null,
    });
    const junk = parseOrdersListParams(params('status=NOPE&payment=free&from=yesterday'));
    expect([junk.status, junk.paymentStatus, junk.placedFrom]).toEqual([null, null, null]);
  });

  it('treats view=all as the accepted orders', () => {
    expect(parseOrdersListParams(params('view=all&status=PENDING')).status).toBe('ACCEPTED');
  });

  it('resets the cursor when anything but the cursor changes', () => {
    const current = params('status=PENDING&after=c1');
    expect(patchOrdersListParams(current, { payment: 'PAID' }).toString()).toBe('status=PENDING&payment=PAID');
    expect(patchOrdersListParams(current, { before: 'c0', after: null }).toString()).toBe('status=PENDING&before=c0');
    expect(clearFilterParams(params('view=all&payment=PAID&q=x&buyer=B1')).toString()).toBe('view=all');
  });

  it('builds query variables: page direction, inclusive date range, counts without status', () => {
    const variables = ordersPageVariables(
      parseOrdersListParams(params('status=PENDING&from=2025-11-01&to=2025-11-30&before=c9')),
    );
    expect(variables).toEqual({
      last: 25,
      before: 'c9',
      filter: {
        status: 'PENDING',
        placedFrom: '2025-11-01T00:00:00.000Z',
        // placedTo is exclusive on the API: the whole of Nov 30 is included.
        placedTo: '2025-12-01T00:00:00.000Z',
      },
      countsFilter: { placedFrom: '2025-11-01T00:00:00.000Z', placedTo: '2025-12-01T00:00:00.000Z' },
      withCounts: true,
    });
  });
});
