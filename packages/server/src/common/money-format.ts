import type { Money } from './money';

/** "$1,234.50" from minor units, with the currency's own number of decimals (JPY has none). */
export function formatMoney({ amount, currency }: Money, locale = 'en-US'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

const decimalsByCurrency = new Map<string, number>();

/** "1234.50" from minor units: a plain decimal with a dot and the currency's own decimals, for CSV. */
export function formatDecimal({ amount, currency }: Money): string {
  let digits = decimalsByCurrency.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    decimalsByCurrency.set(currency, digits);
  }
  const sign = amount < 0 ? '-' : '';
  const units = Math.abs(amount)
    .toString()
    .padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${units}` : `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}
