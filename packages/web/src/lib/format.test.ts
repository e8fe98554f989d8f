import {
  currencyFractionDigits,
  formatAge,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatMoney,
  formatRelativeTime,
  hoursSince,
  pendingAgeUrgency,
} from './format';

describe('formatMoney', () => {
  it("formats minor units with the currency's own decimals", () => {
    expect(formatMoney({ amount: 123450, currency: 'USD' })).toBe('$1,234.50');
    expect(formatMoney({ amount: 5, currency: 'USD' })).toBe('$0.05');
    expect(formatMoney({ amount: 0, currency: 'USD' })).toBe('$0.00');
    expect(formatMoney({ amount: 1999, currency: 'EUR' })).toBe('€19.99');
    expect(formatMoney({ amount: 1234, currency: 'JPY' })).toBe('¥1,234');
    expect(formatMoney({ amount: 1234, currency: 'BHD' })).toBe('BHD\u00a01.234');
  });

  it('formats negative amounts (refunds, credits)', () => {
    expect(formatMoney({ amount: -2500, currency: 'USD' })).toBe('-$25.00');
  });

  it('is exact for large amounts', () => {
    expect(formatMoney({ amount: 123456789012345, currency: 'USD' })).toBe('$1,234,567,890,123.45');
  });

  it('honours the locale', () => {
    expect(formatMoney({ amount: 123450, currency: 'EUR' }, { locale: 'de-DE' })).toBe('1.234,50\u00a0€');
  });

  it('knows minor-unit exponents', () => {
    expect(currencyFractionDigits('USD')).toBe(2);
    expect(currencyFractionDigits('jpy')).toBe(0);
    expect(currencyFractionDigits('KWD')).toBe(3);
  });
});

describe('dates', () => {
  it('formats instants in the display locale', () => {
    expect(formatDate('2025-11-26T15:04:00Z')).toBe('Nov 26, 2025');
    expect(formatDateTime('2025-11-26T15:04:00Z')).toBe('Nov 26, 2025, 3:04 PM');
  });

  it('formats calendar dates without shifting them across time zones', () => {
    expect(formatCalendarDate('2025-03-01')).toBe('Mar 1, 2025');
  });

  it('gives compact ages', () => {
    const now = new Date('2025-11-26T12:00:00Z');
    expect(formatAge('2025-11-26T11:59:30Z', now)).toBe('< 1 min');
    expect(formatAge('2025-11-26T11:48:00Z', now)).toBe('12 min');
    expect(formatAge('2025-11-26T09:00:00Z', now)).toBe('3 h');
    expect(formatAge('2025-11-24T10:00:00Z', now)).toBe('2 d');
    // A clock slightly behind the server never shows a negative age.
    expect(formatAge('2025-11-26T12:00:05Z', now)).toBe('< 1 min');
  });

  it('flags pending orders waiting a day, and 48 hours', () => {
    const now = new Date('2025-11-26T12:00:00Z');
    expect(hoursSince('2025-11-24T12:00:00Z', now)).toBe(48);
    expect(pendingAgeUrgency('2025-11-26T01:00:00Z', now)).toBe('normal');
    expect(pendingAgeUrgency('2025-11-25T11:00:00Z', now)).toBe('attention');
    expect(pendingAgeUrgency('2025-11-24T12:00:00Z', now)).toBe('overdue');
  });

  it('gives relative times', () => {
    const now = new Date('2025-11-26T12:00:00Z');
    expect(formatRelativeTime('2025-11-26T11:59:40Z', now)).toBe('just now');
    expect(formatRelativeTime('2025-11-26T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelativeTime('2025-11-25T10:00:00Z', now)).toBe('yesterday');
    expect(formatRelativeTime('2025-11-16T12:00:00Z', now)).toBe('last week');
  });
});
