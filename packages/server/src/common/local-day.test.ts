import { localDayOf } from './local-day';

const at = (iso: string) => new Date(iso);
const ms = (iso: string) => Date.parse(iso);

describe('the calendar day an instant falls on in a time zone', () => {
  it('runs from local midnight to 23:59:59.999, 25 hours on the day clocks go back', () => {
    // Sunday 1 Nov 2026 in New York: 00:00 EDT (UTC-4) to 23:59:59.999 EST (UTC-5).
    expect(localDayOf(at('2026-11-01T12:00:00Z'), 'America/New_York')).toEqual({
      start: ms('2026-11-01T04:00:00Z'),
      end: ms('2026-11-02T04:59:59.999Z'),
    });
    // The same instant is Sunday evening in Tokyo (UTC+9), and Sunday noon in London (GMT).
    expect(localDayOf(at('2026-11-01T12:00:00Z'), 'Asia/Tokyo').start).toBe(ms('2026-10-31T15:00:00Z'));
    expect(localDayOf(at('2026-11-01T12:00:00Z'), 'Europe/London').start).toBe(ms('2026-11-01T00:00:00Z'));
  });

  it('gives each instant its own day, whatever was asked before', () => {
    const instants = [
      '2026-11-01T03:59:59.999Z', // Saturday 31 Oct, 23:59:59.999 in New York
      '2026-11-01T04:00:00.000Z', // Sunday 1 Nov, 00:00
      '2026-11-02T04:59:59.999Z', // Sunday 1 Nov, 23:59:59.999
      '2026-11-02T05:00:00.000Z', // Monday 2 Nov, 00:00
      '2026-03-08T06:59:59.999Z', // Sunday 8 Mar, 01:59:59.999 EST, just before clocks go forward
    ];
    const dayOf = (iso: string) => localDayOf(at(iso), 'America/New_York');
    const forwards = instants.map(dayOf);
    expect([...instants].reverse().map(dayOf).reverse()).toEqual(forwards);
    // Each day's local midnight: EDT (UTC-4) until 1 Nov, EST (UTC-5) after, and on 8 Mar.
    expect(forwards.map((day) => new Date(day.start).toISOString())).toEqual([
      '2026-10-31T04:00:00.000Z',
      '2026-11-01T04:00:00.000Z',
      '2026-11-01T04:00:00.000Z',
      '2026-11-02T05:00:00.000Z',
      '2026-03-08T05:00:00.000Z',
    ]);
    // The 23-hour day clocks went forward on.
    expect(forwards.map((day) => day.end - day.start + 1).at(-1)).toBe(23 * 3600 * 1000);
  });
});
