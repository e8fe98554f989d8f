import {
  clearFilterParams,
  ordersCsvPath,
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
      overdue: false,
      deadlineStatus: null,
      sort: 'NEWEST',
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

  it('reads the Overdue toggle as overdue=1 and sends it as filter.overdue, counts included', () => {
    expect(parseOrdersListParams(params('overdue=1')).overdue).toBe(true);
    expect(parseOrdersListParams(params('overdue=yes')).overdue).toBe(false);
    const variables = ordersPageVariables(parseOrdersListParams(params('view=all&overdue=1')));
    expect(variables.filter).toEqual({ status: 'ACCEPTED', overdue: true });
    expect(variables.countsFilter).toEqual({ overdue: true });
    expect(ordersPageVariables(parseOrdersListParams(params(''))).filter).toEqual({});
    expect(patchOrdersListParams(params('overdue=1&after=c1'), { overdue: null }).toString()).toBe('');
    expect(clearFilterParams(params('status=ACCEPTED&overdue=1')).toString()).toBe('status=ACCEPTED');
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

describe('deadline filter, sort and CSV export', () => {
  it('reads the deadline filter and the sort from the URL and sends them to the API', () => {
    const state = parseOrdersListParams(params('deadline=LATE&sort=DEADLINE&status=PENDING'));
    expect([state.deadlineStatus, state.sort]).toEqual(['LATE', 'DEADLINE']);
    const variables = ordersPageVariables(state);
    expect(variables.filter).toEqual({ status: 'PENDING', deadlineStatus: 'LATE' });
    expect(variables.sort).toBe('DEADLINE');
    expect(ordersPageVariables(parseOrdersListParams(params(''))).sort).toBeUndefined();
    expect(parseOrdersListParams(params('deadline=SOON&sort=OLDEST'))).toMatchObject({
      deadlineStatus: null,
      sort: 'NEWEST',
    });
  });

  it('exports what the list shows, with the API parameter names, whatever the page', () => {
    const state = parseOrdersListParams(
      params('status=PENDING&payment=UNPAID&overdue=1&deadline=AT_RISK&q=acme&sort=DEADLINE&after=c1'),
    );
    const url = new URL(ordersCsvPath(state), 'http://desk.test');
    expect(url.pathname).toBe('/exports/orders.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: 'PENDING',
      paymentStatus: 'UNPAID',
      overdue: 'true',
      deadlineStatus: 'AT_RISK',
      search: 'acme',
      sort: 'DEADLINE',
      format: 'readable',
      excel: 'true',
    });
  });
});
