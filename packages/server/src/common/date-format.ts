/** Dates as the seller reads them: in the seller's time zone and words of the seller's locale. */

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of an instant in a time zone, with its UTC offset there ("GMT-05:00"). */
function wallClock(instant: Date, timeZone: string): Record<string, string> {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    partsFormats.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
}

/** The calendar day of an instant in a time zone, YYYY-MM-DD (an invoice's issue date, an order's date). */
export function dateIn(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${year}-${month}-${day}`;
}

/** ISO 8601 local time with its offset, to the second: "2025-11-29T23:30:00-05:00" (UTC: "+00:00"). */
export function isoInZone(instant: Date, timeZone: string): string {
  const { year, month, day, hour, minute, second, timeZoneName } = wallClock(instant, timeZone);
  // ICU writes "GMT" alone for a zero offset in some zones.
  const offset = timeZoneName === 'GMT' ? '+00:00' : timeZoneName!.slice(3);
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`;
}

/** A YYYY-MM-DD day in the locale's long words: "November 29, 2025", "29. November 2025". */
export function formatDay(day: string, locale: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}
