import { validateSettings } from './seller-settings';

describe('seller settings validation', () => {
  it('accepts windows in range, canonical time zones and locales', () => {
    expect(
      validateSettings({
        acceptWithinBusinessDays: 1,
        shipWithinBusinessDays: 60,
        timeZone: 'europe/paris',
        locale: 'FR-fr',
      }),
    ).toEqual({
      update: { acceptWithinBusinessDays: 1, shipWithinBusinessDays: 60, timeZone: 'Europe/Paris', locale: 'fr-FR' },
      errors: [],
    });
  });

  it('leaves omitted settings alone', () => {
    expect(validateSettings({ timeZone: null })).toEqual({ update: {}, errors: [] });
  });

  it('refuses out-of-range or fractional windows, unknown zones and malformed locales, each on its field', () => {
    const { errors } = validateSettings({
      acceptWithinBusinessDays: 0,
      shipWithinBusinessDays: 2.5,
      timeZone: 'Mars/Olympus_Mons',
      locale: 'not a locale',
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_SETTING', ['input', 'acceptWithinBusinessDays']],
      ['INVALID_SETTING', ['input', 'shipWithinBusinessDays']],
      ['INVALID_SETTING', ['input', 'timeZone']],
      ['INVALID_SETTING', ['input', 'locale']],
    ]);
    expect(validateSettings({ acceptWithinBusinessDays: 31 }).errors).toHaveLength(1);
    expect(validateSettings({ shipWithinBusinessDays: 61 }).errors).toHaveLength(1);
  });
});

describe('business details validation', () => {
  it('trims, clears empty text, upper-cases the country and takes the address whole', () => {
    expect(
      validateSettings({
        legalName: '  Demo Brand GmbH ',
        taxId: 'DE 123/456.789',
        replyToEmail: 'hello@demo-brand.test',
        remitToInstructions: '',
        address: { line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'de' },
      }),
    ).toEqual({
      update: {
        legalName: 'Demo Brand GmbH',
        taxId: 'DE 123/456.789',
        replyToEmail: 'hello@demo-brand.test',
        remitToInstructions: null,
        address: {
          line1: 'Hauptstraße 1',
          line2: null,
          city: 'Berlin',
          region: null,
          postalCode: '10115',
          country: 'DE',
        },
      },
      errors: [],
    });
    const cleared = { line1: null, line2: null, city: null, region: null, postalCode: null, country: null };
    expect(validateSettings({ address: { line1: ' ', country: '' } }).update).toEqual({ address: cleared });
  });

  it('refuses too long text, a malformed email or tax id, an unknown country and a partial address, each on its field', () => {
    const { errors, update } = validateSettings({
      legalName: 'x'.repeat(201),
      taxId: '<script>',
      replyToEmail: 'not an email',
      remitToInstructions: 'y'.repeat(1001),
      address: { line1: 'Main St 1', postalCode: 'z'.repeat(21), country: 'XX' },
    });
    expect(update).toEqual({});
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_SETTING', ['input', 'legalName']],
      ['INVALID_SETTING', ['input', 'remitToInstructions']],
      ['INVALID_SETTING', ['input', 'taxId']],
      ['INVALID_SETTING', ['input', 'replyToEmail']],
      ['INVALID_SETTING', ['input', 'address', 'postalCode']],
      ['INVALID_SETTING', ['input', 'address', 'country']],
      ['INVALID_SETTING', ['input', 'address', 'city']],
    ]);
    expect(validateSettings({ address: { line1: 'Main St 1', country: 'XX' } }).errors.map((e) => e.field)).toEqual([
      ['input', 'address', 'country'],
      ['input', 'address', 'city'],
    ]);
  });
});
