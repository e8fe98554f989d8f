import { isoInstant } from './iso-instant';

describe('isoInstant', () => {
  it('writes what toISOString writes, for every kind of instant', () => {
    const edges = [
      0,
      1, // a millisecond after the epoch
      951_782_400_000, // 2000-02-29, a leap day of a century divisible by 400
      951_868_800_000, // 2000-03-01
      4_107_542_400_000, // 2100-03-01, after a century without a leap day
      1_709_164_800_000, // 2024-02-29
      1_735_689_599_999, // 2024-12-31T23:59:59.999Z
      253_402_300_799_999, // the last instant of 9999
      253_402_300_800_000, // 10000: a six-digit year, toISOString's own
      -1, // before 1970: toISOString's own
      -62_198_755_200_000, // year -1
    ];
    for (const time of edges) expect(isoInstant(new Date(time))).toBe(new Date(time).toISOString());
    // A fixed spread over 1970-9999, every millisecond field exercised.
    for (let step = 0; step < 200_000; step++) {
      const time = Math.floor(((step * 2_654_435_761) % 4_294_967_296) * 59_000.123) % 253_402_300_800_000;
      const date = new Date(time);
      if (isoInstant(date) !== date.toISOString()) expect(isoInstant(date)).toBe(date.toISOString());
    }
  });

  it('refuses an invalid date as toISOString does', () => {
    expect(() => isoInstant(new Date(Number.NaN))).toThrow(RangeError);
  });
});
