import { TZDate } from '@date-fns/tz';
import { endOfDay, startOfDay } from 'date-fns';

/** A calendar day in a time zone: its first and last instants (ms, both included). */
export type LocalDay = {
  readonly start: number;
  readonly end: number;
};

/**
 * The last day worked out per time zone. Working a day out in a time zone goes through ICU many
 * times over, and the days asked about are today's: every order of a page judged against now, every
 * deadline counted from a change made now. (A day of any instant, such as an invoice's order date,
 * is cheaper from Intl.DateTimeFormat once: date-format.ts.)
 */
const lastDayIn = new Map<string, LocalDay>();

/** The calendar day `instant` falls on in `timeZone` (23, 24 or 25 hours long across DST). */
export function localDayOf(instant: Date, timeZone: string): LocalDay {
  const at = instant.getTime();
  const known = lastDayIn.get(timeZone);
  if (known && known.start <= at && at <= known.end) return known;
  const local = new TZDate(at, timeZone);
  const day: LocalDay = {
    start: startOfDay(local).getTime(),
    end: endOfDay(local).getTime(),
  };
  lastDayIn.set(timeZone, day);
  return day;
}
