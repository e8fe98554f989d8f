import { cardLabel, daysPastDue, paidSummary, type PaymentFacts } from './paymentText';

const payment = (overrides: Partial<PaymentFacts>): PaymentFacts => ({
  status: 'PAID',
  method: 'CARD',
  termsMethod: null,
  reference: null,
  paidOn: null,
  createdAt: '2025-11-26T15:04:05Z',
  ...overrides,
});

describe('payment texts', () => {
  it('says when and how an invoice was paid', () => {
    expect(paidSummary({ paidAt: '2025-11-26T15:04:09Z', payments: [payment({})] })).toBe(
      'Paid on Nov 26, 2025 by credit card',
    );
    expect(
      paidSummary({
        paidAt: '2025-11-03T00:00:00Z',
        payments: [payment({ method: 'TERMS', termsMethod: 'CHECK', reference: 'Check #1042', paidOn: '2025-11-03' })],
      }),
    ).toBe('Paid on Nov 3, 2025 by check / money order (Check #1042)');
    expect(
      paidSummary({
        paidAt: null,
        payments: [payment({ method: 'TERMS', termsMethod: 'ACH', paidOn: '2025-11-03' })],
      }),
    ).toBe('Paid on Nov 3, 2025 by ACH transfer');
    // The last paid attempt counts (after failed ones).
    expect(
      paidSummary({
        paidAt: '2025-11-27T10:00:00Z',
        payments: [payment({ status: 'FAILED' }), payment({ createdAt: '2025-11-27T09:59:00Z' })],
      }),
    ).toBe('Paid on Nov 27, 2025 by credit card');
    expect(paidSummary({ paidAt: null, payments: [payment({ status: 'FAILED' })] })).toBeNull();
  });

  it('counts the days past the due date in calendar days', () => {
    const now = new Date('2025-11-26T12:00:00Z');
    expect(daysPastDue('2025-11-25', now)).toBe(1);
    expect(daysPastDue('2025-10-27', now)).toBe(30);
    expect(daysPastDue('2025-11-26', now)).toBe(0);
    expect(daysPastDue('2025-12-26', now)).toBe(-30);
    expect(daysPastDue('soon', now)).toBe(0);
  });

  it('names the card on file', () => {
    expect(cardLabel('visa', '4242')).toBe('Visa •••• 4242');
    expect(cardLabel('mastercard', '4444')).toBe('Mastercard •••• 4444');
    expect(cardLabel('cartes_bancaires', '0003')).toBe('Cartes bancaires •••• 0003');
    expect(cardLabel(null, '4242')).toBe('Card •••• 4242');
    expect(cardLabel('visa', null)).toBeNull();
  });
});
