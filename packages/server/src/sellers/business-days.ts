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

/** A local day's deadline boundaries in one time zone: from `start` to `endOfToday`, both included. */
type LocalDay = { start: number; endOfToday: number; endOfNextBusinessDay: number };

/**
 * The last local day worked out per time zone. The boundaries depend only on the local day of `now`,
 * and every order of a page (and every page until local midnight) asks for the same day's: working
 * them out in a time zone each time was a tenth of the dashboard's Orders page.
 */
const lastLocalDay = new Map<string, LocalDay>();

function localDayOf(now: Date, timeZone: string): LocalDay {
  const at = now.getTime();
  const known = lastLocalDay.get(timeZone);
  if (known && known.start <= at && at <= known.endOfToday) return known;
  const today = new TZDate(at, timeZone);
  const day = {
    start: startOfDay(today).getTime(),
    endOfToday: endOfDay(today).getTime(),
    endOfNextBusinessDay: endOfBusinessDaysAfter(now, 1, timeZone).getTime(),
  };
  lastLocalDay.set(timeZone, day);
  return day;
}

export function deadlineBoundaries(now: Date, timeZone: string): DeadlineBoundaries {
  const day = localDayOf(now, timeZone);
  return { now, endOfToday: new Date(day.endOfToday), endOfNextBusinessDay: new Date(day.endOfNextBusinessDay) };
}
