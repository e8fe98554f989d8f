import { addressLines, cityLine, contactLines } from './address';

describe('addresses', () => {
  const address = {
    name: 'Accounts Payable',
    company: 'Acme Holdings',
    line1: '400 Market Avenue',
    line2: null,
    city: 'Seattle',
    region: 'WA',
    postalCode: '98101',
    country: 'US',
  };

  it('prints the lines of an address, skipping empty ones', () => {
    expect(addressLines(address)).toEqual([
      'Acme Holdings',
      'Accounts Payable',
      '400 Market Avenue',
      'Seattle, WA 98101',
      'US',
    ]);
  });

  it('builds the city line without a region', () => {
    expect(cityLine({ city: 'London', region: null, postalCode: 'N1 9GU' })).toBe('London, N1 9GU');
  });

  it('splits a contact into name and email', () => {
    expect(contactLines('Ada Buyer <ada@acme.test>')).toEqual(['Ada Buyer', 'ada@acme.test']);
    expect(contactLines('<ada@acme.test>')).toEqual(['ada@acme.test']);
    expect(contactLines('Ada Buyer')).toEqual(['Ada Buyer']);
  });
});
