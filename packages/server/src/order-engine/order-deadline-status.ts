import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { DeadlineBoundaries } from '../sellers/business-days';
import { OrderStatus } from './order-status';
import type { Order } from './order.entity';

export enum DeadlineKind {
  ACCEPT = 'ACCEPT',
  SHIP = 'SHIP',
}
registerEnumType(DeadlineKind, {
  name: 'DeadlineKind',
  description: "Which of the seller's windows an order's running deadline belongs to.",
  valuesConfig: {
    ACCEPT: { description: 'Accept (or reject) the pending order by its accept-by date.' },
    SHIP: { description: 'Save the shipment of the accepted order by its ship-by date.' },
  },
});

export enum DeadlineStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  DUE_TODAY = 'DUE_TODAY',
  LATE = 'LATE',
}
registerEnumType(DeadlineStatus, {
  name: 'DeadlineStatus',
  description: "How close a running deadline is, counted in the seller's time zone.",
  valuesConfig: {
    ON_TRACK: { description: 'Due after the next business day.' },
    AT_RISK: { description: 'Due on the next business day.' },
    DUE_TODAY: { description: 'Due later today.' },
    LATE: { description: 'The deadline has passed.' },
  },
});

@ObjectType({ description: 'The deadline an order is running against now.' })
export class OrderDeadline {
  @Field(() => DeadlineKind, { description: 'Accept-by while pending, ship-by while accepted and not shipped.' })
  kind: DeadlineKind;

  @Field({ description: "When it falls due: the end of a business day in the seller's time zone." })
  dueAt: Date;

  @Field(() => DeadlineStatus, { description: 'Late, due today, at risk or on track, as of now.' })
  status: DeadlineStatus;
}

/** The status of a deadline falling due at `dueAt`, as of the boundaries' now. */
export function deadlineStatusOf(
  dueAt: Date,
  { now, endOfToday, endOfNextBusinessDay }: DeadlineBoundaries,
): DeadlineStatus {
  if (dueAt < now) return DeadlineStatus.LATE;
  if (dueAt <= endOfToday) return DeadlineStatus.DUE_TODAY;
  if (dueAt <= endOfNextBusinessDay) return DeadlineStatus.AT_RISK;
  return DeadlineStatus.ON_TRACK;
}

/** The order's running deadline (kept in `deadlineAt` by refreshDeadline), or null when it has none. */
export function runningDeadline(
  order: Pick<Order, 'status' | 'deadlineAt'>,
  boundaries: DeadlineBoundaries,
): OrderDeadline | null {
  if (!order.deadlineAt) return null;
  return Object.assign(new OrderDeadline(), {
    kind: order.status === OrderStatus.PENDING ? DeadlineKind.ACCEPT : DeadlineKind.SHIP,
    dueAt: order.deadlineAt,
    status: deadlineStatusOf(order.deadlineAt, boundaries),
  });
}

/**
 * The running deadlines that have `status`, as a half-open range [from, before) of instants (null:
 * unbounded); the same boundaries as deadlineStatusOf, for SQL (deadlines are stored to the millisecond).
 */
export function deadlineRange(
  status: DeadlineStatus,
  { now, endOfToday, endOfNextBusinessDay }: DeadlineBoundaries,
): { from: Date | null; before: Date | null } {
  const justAfter = (instant: Date) => new Date(instant.getTime() + 1);
  switch (status) {
    case DeadlineStatus.LATE:
      return { from: null, before: now };
    case DeadlineStatus.DUE_TODAY:
      return { from: now, before: justAfter(endOfToday) };
    case DeadlineStatus.AT_RISK:
      return { from: justAfter(endOfToday), before: justAfter(endOfNextBusinessDay) };
    case DeadlineStatus.ON_TRACK:
      return { from: justAfter(endOfNextBusinessDay), before: null };
  }
}
