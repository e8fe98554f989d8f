import { createContext, useContext, useMemo, type ReactNode } from 'react';
import {
  DEFAULT_DISPLAY,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatRelativeTime,
  formatShortDate,
  formatTime,
  type DisplayFormat,
  type MoneyValue,
} from './format';
import { currencySymbol } from './money';

const DisplayFormatContext = createContext<DisplayFormat>(DEFAULT_DISPLAY);

/** The signed-in seller's locale and time zone for everything below (the layout provides it). */
export function DisplayFormatProvider(props: { locale: string; timeZone: string | undefined; children: ReactNode }) {
  const { locale, timeZone } = props;
  const value = useMemo(() => displayFormatOrDefault(locale, timeZone), [locale, timeZone]);
  return <DisplayFormatContext.Provider value={value}>{props.children}</DisplayFormatContext.Provider>;
}

/** A locale or time zone the browser cannot format with falls back to the default, not a crash. */
function displayFormatOrDefault(locale: string, timeZone: string | undefined): DisplayFormat {
  try {
    new Intl.DateTimeFormat(locale, { timeZone });
    return { locale, timeZone };
  } catch {
    return DEFAULT_DISPLAY;
  }
}

export type Formatters = ReturnType<typeof bindFormatters>;

function bindFormatters(display: DisplayFormat) {
  return {
    display,
    formatMoney: (money: MoneyValue) => formatMoney(money, display),
    formatNumber: (value: number) => formatNumber(value, display),
    formatDate: (value: string | Date) => formatDate(value, display),
    formatShortDate: (value: string | Date) => formatShortDate(value, display),
    formatTime: (value: string | Date) => formatTime(value, display),
    formatDateTime: (value: string | Date) => formatDateTime(value, display),
    formatCalendarDate: (value: string) => formatCalendarDate(value, display),
    formatRelativeTime: (value: string | Date, now: Date) => formatRelativeTime(value, now, display),
    currencySymbol: (currency: string) => currencySymbol(currency, display.locale),
  };
}

/** Dates, money and numbers formatted for the seller (one place, no locale props drilled down). */
export function useFormat(): Formatters {
  const display = useContext(DisplayFormatContext);
  return useMemo(() => bindFormatters(display), [display]);
}
