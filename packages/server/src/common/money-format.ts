import type { Money } from './money';

/** "$1,234.50" from minor units, with the currency's own number of decimals (JPY has none). */
export function formatMoney({ amount, currency }: Money, locale = 'en-US'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}
