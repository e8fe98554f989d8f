import type {
  DeadlineStatus,
  OrderFilter,
  OrderSort,
  OrderStatus,
  OrdersPageQueryVariables,
  PaymentStatus,
} from '../../graphql/graphql';
import { DEADLINE_STATUSES } from '../deadlines/labels';
import { ORDER_STATUSES, PAYMENT_STATUSES } from '../labels';

/** Orders per page (the API caps at 100). */
export const ORDERS_PAGE_SIZE = 25;

/**
 * Everything about the orders list lives in the URL, so reload, links and back/forward work:
 * `/orders?status=PENDING&payment=UNPAID&overdue=1&deadline=LATE&buyer=<id>&from=2025-11-01&to=2025-11-30&q=acme&sort=DEADLINE&after=<cursor>`
 * `/orders?view=all` is "All Orders": approved (ACCEPTED) orders with their invoices.
 */
export const PARAM = {
  view: 'view',
  status: 'status',
  payment: 'payment',
  overdue: 'overdue',
  deadline: 'deadline',
  sort: 'sort',
  buyer: 'buyer',
  from: 'from',
  to: 'to',
  search: 'q',
  after: 'after',
  before: 'before',
} as const;

export interface OrdersListState {
  allOrdersView: boolean;
  status: OrderStatus | null;
  paymentStatus: PaymentStatus | null;
  /** Only orders whose issued invoice is unpaid past its due date (`overdue=1`). */
  overdue: boolean;
  /** Only orders whose running deadline (accept-by or ship-by) has this status. */
  deadlineStatus: DeadlineStatus | null;
  /** Newest first (the default) or soonest running deadline first. */
  sort: OrderSort;
  buyerId: string | null;
  /** Calendar dates, `YYYY-MM-DD`, in the seller's time zone. */
  placedFrom: string | null;
  placedTo: string | null;
  search: string;
  after: string | null;
  before: string | null;
}

/** The value of `overdue` when the toggle is on. */
export const OVERDUE_ON = '1';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

function calendarDate(value: string | null): string | null {
  return value && CALENDAR_DATE.test(value) ? value : null;
}

export function isAllOrdersView(params: URLSearchParams): boolean {
  return params.get(PARAM.view) === 'all';
}

export function parseOrdersListParams(params: URLSearchParams): OrdersListState {
  const allOrdersView = isAllOrdersView(params);
  return {
    allOrdersView,
    status: allOrdersView ? 'ACCEPTED' : oneOf(ORDER_STATUSES, params.get(PARAM.status)),
    paymentStatus: oneOf(PAYMENT_STATUSES, params.get(PARAM.payment)),
    overdue: params.get(PARAM.overdue) === OVERDUE_ON,
    deadlineStatus: oneOf(DEADLINE_STATUSES, params.get(PARAM.deadline)),
    sort: params.get(PARAM.sort) === 'DEADLINE' ? 'DEADLINE' : 'NEWEST',
    buyerId: params.get(PARAM.buyer) || null,
    placedFrom: calendarDate(params.get(PARAM.from)),
    placedTo: calendarDate(params.get(PARAM.to)),
    search: params.get(PARAM.search)?.trim() ?? '',
    after: params.get(PARAM.after) || null,
    before: params.get(PARAM.before) || null,
  };
}

/** Filters or search narrowing the list (the status tab and the view are not "filters"). */
export function hasActiveFilters(state: OrdersListState): boolean {
  return activeFilterCount(state) > 0;
}

/** How many filters narrow the list (a placed-date range counts once), for the phone's "Filters" button. */
export function activeFilterCount(state: OrdersListState): number {
  return [
    state.paymentStatus,
    state.overdue,
    state.deadlineStatus,
    state.buyerId,
    state.placedFrom || state.placedTo,
    state.search,
  ].filter(Boolean).length;
}

type Patch = Partial<Record<Exclude<keyof typeof PARAM, 'view'>, string | null>>;

/**
 * A new URLSearchParams with `patch` applied (null/empty removes a key). Any change other than
 * the cursor itself sends the list back to its first page.
 */
export function patchOrdersListParams(current: URLSearchParams, patch: Patch): URLSearchParams {
  const next = new URLSearchParams(current);
  const keys = Object.keys(patch) as Array<keyof Patch>;
  const movesCursor = keys.every((key) => key === 'after' || key === 'before');
  if (!movesCursor) {
    next.delete(PARAM.after);
    next.delete(PARAM.before);
  }
  for (const key of keys) {
    const value = patch[key];
    if (value) next.set(PARAM[key], value);
    else next.delete(PARAM[key]);
  }
  return next;
}

export function clearFilterParams(current: URLSearchParams): URLSearchParams {
  return patchOrdersListParams(current, {
    payment: null,
    overdue: null,
    deadline: null,
    buyer: null,
    from: null,
    to: null,
    search: null,
  });
}

/** Start of a local calendar day as an ISO instant. */
export function startOfDayIso(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1).toISOString();
}

/**
 * Start of the local day after `date` as an ISO instant: the API's `placedTo` is exclusive
 * ("placed before this instant") while the picked range includes its last day.
 */
export function startOfNextDayIso(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + 1).toISOString();
}

function orderFilter(state: OrdersListState, withStatus: boolean): OrderFilter {
  const filter: OrderFilter = {};
  if (withStatus && state.status) filter.status = state.status;
  if (state.paymentStatus) filter.paymentStatus = state.paymentStatus;
  if (state.overdue) filter.overdue = true;
  if (state.deadlineStatus) filter.deadlineStatus = state.deadlineStatus;
  if (state.buyerId) filter.buyerId = state.buyerId;
  if (state.placedFrom) filter.placedFrom = startOfDayIso(state.placedFrom);
  if (state.placedTo) filter.placedTo = startOfNextDayIso(state.placedTo);
  if (state.search) filter.search = state.search;
  return filter;
}

/** Variables of the orders page query: forward pages use first/after, backward last/before. */
export function ordersPageVariables(state: OrdersListState): OrdersPageQueryVariables {
  const page = state.before
    ? { last: ORDERS_PAGE_SIZE, before: state.before }
    : state.after
      ? { first: ORDERS_PAGE_SIZE, after: state.after }
      : { first: ORDERS_PAGE_SIZE };
  return {
    ...page,
    // Newest first is the API's default.
    ...(state.sort === 'DEADLINE' ? { sort: state.sort } : {}),
    filter: orderFilter(state, true),
    countsFilter: orderFilter(state, false),
    withCounts: !state.allOrdersView,
  };
}

/**
 * The CSV export of what the list shows: the same filters and sort (not the page), with the API's
 * parameter names; for people: the seller's local times and status words, with a byte order mark
 * so Excel on Windows keeps non-ASCII names.
 */
export function ordersCsvPath(state: OrdersListState): string {
  const filter = orderFilter(state, true);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  params.set('sort', state.sort);
  params.set('format', 'readable');
  params.set('excel', 'true');
  return `/exports/orders.csv?${params.toString()}`;
}
