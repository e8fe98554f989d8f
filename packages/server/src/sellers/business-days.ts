import { TZDate } from '@date-fns/tz';
import { addBusinessDays, endOfDay, startOfDay } from 'date-fns';

/**
 * Business-day arithmetic in a seller's time zone. Business days are Monday to Friday (no holiday
 * calendar yet); a day ends at 23:59:59.999 local time, whatever the UTC offset that day (DST).
 */

/** The end of the `days`-th business day after the local day of `start` (a weekend start counts from Monday). */
export function endOfBusinessDaysAfter(start: Date, days: number, timeZone: string): Date {
  const localDay = startOfDay(new TZDate(start.getTime(), timeZone));
  return new Date(endOfDay(addBusinessDays(localDay, days)).getTime());
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
  const today = new TZDate(now.getTime(), timeZone);
  return {
    now,
    endOfToday: new Date(endOfDay(today).getTime()),
    endOfNextBusinessDay: endOfBusinessDaysAfter(now, 1, timeZone),
  };
}
