import { currencyFractionDigits, LOCALE } from './format';

/**
 * Money typed by the seller ("24.50", "1,200", "0") → integer minor units of `currency`, exactly
 * (no floating point: "0.29" is 29 cents, not 28.999…). Null for anything that is not a
 * non-negative amount with at most the currency's number of decimals.
 */
export function parseMoneyInput(text: string, currency: string): number | null {
  const digits = currencyFractionDigits(currency);
  const cleaned = text.trim().replace(/[,\s]/g, '');
  const match = /^(\d*)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  if (fraction.length > digits) return null;
  const minor = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units as the money input shows them: `2450` USD → `"24.50"` (no symbol, no grouping). */
export function minorUnitsToInput(amount: number, currency: string): string {
  const digits = currencyFractionDigits(currency);
  if (digits === 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const padded = String(Math.abs(amount)).padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** `"$"` for USD, `"€"` for EUR, the code itself where the locale has no symbol. */
export function currencySymbol(currency: string, locale: string = LOCALE): string {
  const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(0)
    .find((candidate) => candidate.type === 'currency');
  return part?.value ?? currency;
}
