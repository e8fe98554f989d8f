/**
 * Money and date formatting for the dashboard. Money arrives as integer minor units plus an
 * ISO 4217 currency code and is never used in arithmetic here, only displayed.
 */

/** The display locale until the seller's own is known (the marketplace operates in US English). */
export const LOCALE = 'en-US';

/** How the seller reads dates, money and numbers: their BCP 47 locale and IANA time zone. */
export interface DisplayFormat {
  locale: string;
  /** Undefined: the browser's time zone. */
  timeZone?: string;
}

export const DEFAULT_DISPLAY: DisplayFormat = { locale: LOCALE };

export interface MoneyValue {
  amount: number;
  currency: string;
}

const fractionDigitsCache = new Map<string, number>();

/** Minor-unit exponent of a currency: 2 for USD/EUR, 0 for JPY, 3 for BHD. */
export function currencyFractionDigits(currency: string): number {
  const key = currency.toUpperCase();
  let digits = fractionDigitsCache.get(key);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat(LOCALE, { style: 'currency', currency: key }).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigitsCache.set(key, digits);
  }
  return digits;
}

/** `{ amount: 123450, currency: "USD" }` → `"$1,234.50"`. */
export function formatMoney(money: MoneyValue, display: DisplayFormat = DEFAULT_DISPLAY): string {
  const digits = currencyFractionDigits(money.currency);
  // Dividing an integer by 10^digits gives the closest double to the exact decimal, and the
  // formatter rounds to `digits` places, so the output is exact for every safe integer amount.
  return new Intl.NumberFormat(display.locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(money.amount / 10 ** digits);
}

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** `1234` → `"1,234"` */
export function formatNumber(value: number, display: DisplayFormat = DEFAULT_DISPLAY): string {
  return new Intl.NumberFormat(display.locale).format(value);
}

/** `"Nov 26, 2025"` (the day in the seller's time zone) */
export function formatDate(value: string | Date, display: DisplayFormat = DEFAULT_DISPLAY): string {
  return new Intl.DateTimeFormat(display.locale, { dateStyle: 'medium', timeZone: display.timeZone }).format(
    toDate(value),
  );
}

/** `"Nov 26"`: a date within the coming weeks, where the year goes without saying. */
export function formatShortDate(value: string | Date, display: DisplayFormat = DEFAULT_DISPLAY): string {
  return new Intl.DateTimeFormat(display.locale, { month: 'short', day: 'numeric', timeZone: display.timeZone }).format(
    toDate(value),
  );
}

/** `"3:04 PM"` */
export function formatTime(value: string | Date, display: DisplayFormat = DEFAULT_DISPLAY): string {
  return new Intl.DateTimeFormat(display.locale, { timeStyle: 'short', timeZone: display.timeZone }).format(
    toDate(value),
  );
}

/** `"Nov 26, 2025, 3:04 PM"` */
export function formatDateTime(value: string | Date, display: DisplayFormat = DEFAULT_DISPLAY): string {
  return new Intl.DateTimeFormat(display.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: display.timeZone,
  }).format(toDate(value));
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date without a time (`"2025-11-26"`, e.g. a ship date or due date) is formatted
 * as-is: parsing it with `new Date()` would read it as UTC midnight and shift it a day west.
 */
export function formatCalendarDate(value: string, display: DisplayFormat = DEFAULT_DISPLAY): string {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return formatDate(value, display);
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(display.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Whole hours elapsed since `since` (never negative). */
export function hoursSince(since: string | Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - toDate(since).getTime()) / HOUR));
}

/** Compact age of an order: `"< 1 min"`, `"12 min"`, `"3 h"`, `"2 d"`. */
export function formatAge(since: string | Date, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - toDate(since).getTime());
  if (elapsed < MINUTE) return '< 1 min';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h`;
  return `${Math.floor(elapsed / DAY)} d`;
}

/** Pending orders waiting longer than this are flagged: the seller is expected to act promptly. */
export const PENDING_ATTENTION_HOURS = 24;
export const PENDING_OVERDUE_HOURS = 48;

export type AgeUrgency = 'overdue' | 'attention' | 'normal';

export function pendingAgeUrgency(placedAt: string | Date, now: Date): AgeUrgency {
  const hours = hoursSince(placedAt, now);
  if (hours >= PENDING_OVERDUE_HOURS) return 'overdue';
  if (hours >= PENDING_ATTENTION_HOURS) return 'attention';
  return 'normal';
}

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/** `"3 hours ago"`, `"yesterday"`, `"just now"`. */
export function formatRelativeTime(value: string | Date, now: Date, display: DisplayFormat = DEFAULT_DISPLAY): string {
  const diff = toDate(value).getTime() - now.getTime();
  const formatter = new Intl.RelativeTimeFormat(display.locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= size) return formatter.format(Math.trunc(diff / size), unit);
  }
  return 'just now';
}
