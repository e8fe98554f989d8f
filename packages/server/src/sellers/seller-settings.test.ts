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
