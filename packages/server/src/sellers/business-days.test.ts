import { deadlineBoundaries, endOfBusinessDaysAfter } from './business-days';

const NEW_YORK = 'America/New_York';
const at = (iso: string) => new Date(iso);

describe('business days in the seller time zone', () => {
  it('ends the Nth weekday after the local placement day at 23:59:59.999 local time', () => {
    // Tuesday 24 Nov 2026, 10:00 in New York (UTC-5): 2 business days → end of Thursday 26 Nov.
    expect(endOfBusinessDaysAfter(at('2026-11-24T15:00:00Z'), 2, NEW_YORK)).toEqual(at('2026-11-27T04:59:59.999Z'));
  });

  it('counts from the local day, not the UTC one', () => {
    // 02:00 UTC on Wednesday is still Tuesday evening in New York.
    expect(endOfBusinessDaysAfter(at('2026-11-25T02:00:00Z'), 1, NEW_YORK)).toEqual(at('2026-11-26T04:59:59.999Z'));
    // And 20:00 UTC on Tuesday is already Wednesday in Tokyo.
    expect(endOfBusinessDaysAfter(at('2026-11-24T20:00:00Z'), 1, 'Asia/Tokyo')).toEqual(at('2026-11-26T14:59:59.999Z'));
  });

  it('skips weekends, also when the order arrives on one', () => {
    // Friday → Monday.
    expect(endOfBusinessDaysAfter(at('2026-11-27T15:00:00Z'), 1, NEW_YORK)).toEqual(at('2026-12-01T04:59:59.999Z'));
    // Saturday and Sunday → Monday is the first business day after them.
    expect(endOfBusinessDaysAfter(at('2026-11-28T15:00:00Z'), 1, NEW_YORK)).toEqual(at('2026-12-01T04:59:59.999Z'));
    expect(endOfBusinessDaysAfter(at('2026-11-29T15:00:00Z'), 1, NEW_YORK)).toEqual(at('2026-12-01T04:59:59.999Z'));
    // Thursday + 5 → the next Thursday.
    expect(endOfBusinessDaysAfter(at('2026-11-26T15:00:00Z'), 5, NEW_YORK)).toEqual(at('2026-12-04T04:59:59.999Z'));
  });

  it('ends the day at local midnight across a DST change', () => {
    // Friday 6 Mar 2026 (EST, UTC-5) + 2 → Tuesday 10 Mar, after clocks went forward on 8 Mar (EDT, UTC-4).
    expect(endOfBusinessDaysAfter(at('2026-03-06T15:00:00Z'), 2, NEW_YORK)).toEqual(at('2026-03-11T03:59:59.999Z'));
    // Friday 30 Oct 2026 (EDT) + 1 → Monday 2 Nov, after clocks went back on 1 Nov (EST).
    expect(endOfBusinessDaysAfter(at('2026-10-30T15:00:00Z'), 1, NEW_YORK)).toEqual(at('2026-11-03T04:59:59.999Z'));
    // Europe changes on other dates: Friday 27 Mar 2026 (CET) + 1 → Monday 30 Mar (CEST, UTC+2).
    expect(endOfBusinessDaysAfter(at('2026-03-27T10:00:00Z'), 1, 'Europe/Paris')).toEqual(
      at('2026-03-30T21:59:59.999Z'),
    );
  });

  it('gives the boundaries of today and the next business day', () => {
    // Friday 27 Nov 2026, 09:00 in New York.
    expect(deadlineBoundaries(at('2026-11-27T14:00:00Z'), NEW_YORK)).toEqual({
      now: at('2026-11-27T14:00:00Z'),
      endOfToday: at('2026-11-28T04:59:59.999Z'),
      endOfNextBusinessDay: at('2026-12-01T04:59:59.999Z'),
    });
  });

  it('gives each instant the boundaries of its own local day, whatever was asked before', () => {
    // Either side of midnight in New York, and the 25-hour Sunday when clocks went back (1 Nov 2026).
    const instants = [
      '2026-11-27T04:59:59.999Z', // Thursday 26 Nov, 23:59:59.999
      '2026-11-27T05:00:00.000Z', // Friday 27 Nov, 00:00
      '2026-11-01T03:59:59.999Z', // Saturday 31 Oct, 23:59:59.999 (EDT)
      '2026-11-01T04:00:00.000Z', // Sunday 1 Nov, 00:00 (EDT)
      '2026-11-02T04:59:59.999Z', // Sunday 1 Nov, 23:59:59.999 (EST)
    ];
    const boundariesOf = (iso: string) => ({
      newYork: deadlineBoundaries(at(iso), NEW_YORK),
      paris: deadlineBoundaries(at(iso), 'Europe/Paris'),
    });
    const forwards = instants.map(boundariesOf);
    expect([...instants].reverse().map(boundariesOf).reverse()).toEqual(forwards);
    expect(forwards.map(({ newYork }) => [newYork.endOfToday, newYork.endOfNextBusinessDay])).toEqual([
      [at('2026-11-27T04:59:59.999Z'), at('2026-11-28T04:59:59.999Z')],
      [at('2026-11-28T04:59:59.999Z'), at('2026-12-01T04:59:59.999Z')],
      [at('2026-11-01T03:59:59.999Z'), at('2026-11-03T04:59:59.999Z')],
      [at('2026-11-02T04:59:59.999Z'), at('2026-11-03T04:59:59.999Z')],
      [at('2026-11-02T04:59:59.999Z'), at('2026-11-03T04:59:59.999Z')],
    ]);
    // 05:00 UTC on Friday is already 06:00 in Paris, past its midnight.
    expect(forwards.map(({ paris }) => paris.endOfToday)[1]).toEqual(at('2026-11-27T22:59:59.999Z'));
  });
});
