import { deadlineBoundaries } from '../sellers/business-days';
import {
  DeadlineKind,
  DeadlineStatus,
  deadlineRange,
  deadlineStatusOf,
  runningDeadline,
} from './order-deadline-status';
import { OrderStatus } from './order-status';

const NEW_YORK = 'America/New_York';
// Friday 27 Nov 2026, 09:00 in New York: today ends 04:59:59.999Z on Saturday; the next business day is Monday.
const boundaries = deadlineBoundaries(new Date('2026-11-27T14:00:00Z'), NEW_YORK);

const CASES: [string, DeadlineStatus][] = [
  ['2026-11-26T04:59:59.999Z', DeadlineStatus.LATE], // end of Wednesday
  ['2026-11-27T13:59:59.999Z', DeadlineStatus.LATE], // a millisecond ago
  ['2026-11-27T14:00:00.000Z', DeadlineStatus.DUE_TODAY], // now
  ['2026-11-28T04:59:59.999Z', DeadlineStatus.DUE_TODAY], // end of today (local)
  ['2026-11-28T05:00:00.000Z', DeadlineStatus.AT_RISK], // just after local midnight
  ['2026-12-01T04:59:59.999Z', DeadlineStatus.AT_RISK], // end of Monday, the next business day
  ['2026-12-01T05:00:00.000Z', DeadlineStatus.ON_TRACK],
  ['2026-12-02T04:59:59.999Z', DeadlineStatus.ON_TRACK], // end of Tuesday
];

describe('deadline status', () => {
  it.each(CASES)('a deadline at %s is %s', (dueAt, status) => {
    expect(deadlineStatusOf(new Date(dueAt), boundaries)).toBe(status);
  });

  it.each(CASES)('the SQL range of the status holds %s exactly when the status does', (dueAt, status) => {
    const instant = new Date(dueAt).getTime();
    for (const candidate of Object.values(DeadlineStatus)) {
      const { from, before } = deadlineRange(candidate, boundaries);
      const inRange = (!from || instant >= from.getTime()) && (!before || instant < before.getTime());
      expect([candidate, inRange]).toEqual([candidate, candidate === status]);
    }
  });

  it('counts "today" in the seller time zone', () => {
    // 23:30 in New York on Friday is already Saturday in UTC; a deadline at the end of that Friday is due today.
    const late = deadlineBoundaries(new Date('2026-11-28T04:30:00Z'), NEW_YORK);
    expect(deadlineStatusOf(new Date('2026-11-28T04:59:59.999Z'), late)).toBe(DeadlineStatus.DUE_TODAY);
    // In Paris it is Saturday morning already: that instant passed.
    const paris = deadlineBoundaries(new Date('2026-11-28T04:30:00Z'), 'Europe/Paris');
    expect(deadlineStatusOf(new Date('2026-11-27T22:59:59.999Z'), paris)).toBe(DeadlineStatus.LATE);
  });

  it('runs the accept deadline while pending, the ship deadline after, and none without a deadline', () => {
    const dueAt = new Date('2026-12-01T04:59:59.999Z');
    expect(runningDeadline({ status: OrderStatus.PENDING, deadlineAt: dueAt }, boundaries)).toEqual({
      kind: DeadlineKind.ACCEPT,
      dueAt,
      status: DeadlineStatus.AT_RISK,
    });
    expect(runningDeadline({ status: OrderStatus.ACCEPTED, deadlineAt: dueAt }, boundaries)?.kind).toBe(
      DeadlineKind.SHIP,
    );
    expect(runningDeadline({ status: OrderStatus.ACCEPTED, deadlineAt: null }, boundaries)).toBeNull();
  });
});
