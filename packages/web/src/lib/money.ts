import { currencyFractionDigits, LOCALE } from './format';

/** The decimal and grouping separators of `locale` ("." and "," in en-US, "," and "." in de-DE). */
export function numberSeparators(locale: string = LOCALE): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

/**
 * Money typed by the seller in their locale ("24.50" or "1,200" in en-US; "24,50" or "1.200" in
 * de-DE) → integer minor units of `currency`, exactly (no floating point: "0.29" is 29 cents, not
 * 28.999…). Null for anything that is not a non-negative amount with at most the currency's number
 * of decimals.
 */
export function parseMoneyInput(text: string, currency: string, locale: string = LOCALE): number | null {
  const digits = currencyFractionDigits(currency);
  const { decimal, group } = numberSeparators(locale);
  // Spaces go (some locales group with a narrow no-break space); the amount splits at the seller's
  // decimal separator.
  const [typedWhole = '', fraction = '', ...rest] = text.trim().replace(/\s/g, '').split(decimal);
  if (rest.length > 0 || !/^\d*$/.test(fraction)) return null;
  // Grouping only between groups of three digits: "24,50" in en-US is a mistake, not 2,450.
  const grouped = typedWhole.split(group);
  if (grouped.length > 1 && !/^\d{1,3}$/.test(grouped[0] ?? '')) return null;
  if (grouped.slice(1).some((digitGroup) => !/^\d{3}$/.test(digitGroup))) return null;
  const whole = grouped.join('');
  if (!/^\d*$/.test(whole)) return null;
  if (whole === '' && fraction === '') return null;
  if (fraction.length > digits) return null;
  const minor = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

/**
 * Minor units as the money input shows them in `locale`: `2450` USD → `"24.50"` (en-US) or `"24,50"`
 * (de-DE); no symbol, no grouping.
 */
export function minorUnitsToInput(amount: number, currency: string, locale: string = LOCALE): string {
  const digits = currencyFractionDigits(currency);
  if (digits === 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const padded = String(Math.abs(amount)).padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}${numberSeparators(locale).decimal}${padded.slice(-digits)}`;
}

/** `"$"` for USD, `"€"` for EUR, the code itself where the locale has no symbol. */
export function currencySymbol(currency: string, locale: string = LOCALE): string {
  const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(0)
    .find((candidate) => candidate.type === 'currency');
  return part?.value ?? currency;
}
