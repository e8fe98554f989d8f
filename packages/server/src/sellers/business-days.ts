import { TZDate } from '@date-fns/tz';
import { addBusinessDays, endOfDay } from 'date-fns';
import { localDayOf, type LocalDay } from '../common/local-day';

/**
 * Business-day arithmetic in a seller's time zone. Business days are Monday to Friday (no holiday
 * calendar yet); a day ends at 23:59:59.999 local time, whatever the UTC offset that day (DST).
 */

/** What was counted from each remembered day (localDayOf): business days → the end of the last. */
const countedFrom = new WeakMap<LocalDay, Map<number, number>>();

/** The end of the `days`-th business day after the local day of `start` (a weekend start counts from Monday). */
export function endOfBusinessDaysAfter(start: Date, days: number, timeZone: string): Date {
  const day = localDayOf(start, timeZone);
  let counted = countedFrom.get(day);
  if (!counted) countedFrom.set(day, (counted = new Map()));
  let end = counted.get(days);
  if (end === undefined) {
    end = endOfDay(addBusinessDays(new TZDate(day.start, timeZone), days)).getTime();
    counted.set(days, end);
  }
  return new Date(end);
}

/** The instants that separate the deadline statuses as of `now`. */
export type DeadlineBoundaries = {
  now: Date;
  /** The end of today, local time. */
  endOfToday: Date;
  /** The end of the next business day after today. */
  endOfNextBusinessDay: Date;
};

export function deadlineBoundaries(now: Date, timeZone: string): DeadlineBoundaries {
  return {
    now,
    endOfToday: new Date(localDayOf(now, timeZone).end),
    endOfNextBusinessDay: endOfBusinessDaysAfter(now, 1, timeZone),
  };
}
