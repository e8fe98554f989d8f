import { currencySymbol, minorUnitsToInput, parseMoneyInput } from './money';

describe('parseMoneyInput', () => {
  it('reads amounts as typed into exact minor units', () => {
    expect(parseMoneyInput('24.50', 'USD')).toBe(2450);
    expect(parseMoneyInput('24.5', 'USD')).toBe(2450);
    expect(parseMoneyInput('24.', 'USD')).toBe(2400);
    expect(parseMoneyInput('.29', 'USD')).toBe(29);
    expect(parseMoneyInput('0.29', 'USD')).toBe(29);
    expect(parseMoneyInput('1,200', 'USD')).toBe(120000);
    expect(parseMoneyInput(' 0 ', 'USD')).toBe(0);
    expect(parseMoneyInput('1500', 'JPY')).toBe(1500);
    expect(parseMoneyInput('1.234', 'BHD')).toBe(1234);
  });

  it('refuses what is not a non-negative amount in the currency', () => {
    expect(parseMoneyInput('', 'USD')).toBeNull();
    expect(parseMoneyInput('.', 'USD')).toBeNull();
    expect(parseMoneyInput('-5', 'USD')).toBeNull();
    expect(parseMoneyInput('1.005', 'USD')).toBeNull();
    expect(parseMoneyInput('1.5', 'JPY')).toBeNull();
    expect(parseMoneyInput('ten', 'USD')).toBeNull();
    expect(parseMoneyInput('1e3', 'USD')).toBeNull();
    expect(parseMoneyInput('99999999999999999', 'USD')).toBeNull();
  });
});

describe('parseMoneyInput in the seller’s locale', () => {
  it('reads a de-DE seller’s comma as the decimal separator and the dot as grouping', () => {
    expect(parseMoneyInput('24,50', 'EUR', 'de-DE')).toBe(2450);
    expect(parseMoneyInput('24,50', 'USD', 'de-DE')).toBe(2450);
    expect(parseMoneyInput('1.200,5', 'EUR', 'de-DE')).toBe(120050);
    expect(parseMoneyInput('24.50', 'EUR', 'de-DE')).toBeNull();
    expect(parseMoneyInput('24,50', 'USD')).toBeNull();
    expect(parseMoneyInput('1,2,3', 'USD')).toBeNull();
    expect(parseMoneyInput('1 200,50', 'EUR', 'fr-FR')).toBe(120050);
  });
});

describe('minorUnitsToInput', () => {
  it('shows minor units with the currency decimals', () => {
    expect(minorUnitsToInput(2450, 'USD')).toBe('24.50');
    expect(minorUnitsToInput(5, 'USD')).toBe('0.05');
    expect(minorUnitsToInput(0, 'USD')).toBe('0.00');
    expect(minorUnitsToInput(1500, 'JPY')).toBe('1500');
    expect(minorUnitsToInput(1234, 'BHD')).toBe('1.234');
    expect(minorUnitsToInput(2450, 'EUR', 'de-DE')).toBe('24,50');
  });
});

describe('currencySymbol', () => {
  it('gives the narrow symbol', () => {
    expect(currencySymbol('USD')).toBe('$');
    expect(currencySymbol('EUR')).toBe('€');
  });
});
