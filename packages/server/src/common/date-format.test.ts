import { dateIn, formatDay, isoInZone, WALL_CLOCK_FORMAT } from './date-format';

describe('dates in the seller’s time zone and locale', () => {
  // 23:30 on 29 November in New York is already 30 November in UTC.
  const newYorkLate = new Date('2025-11-30T04:30:00Z');
  // 23:30 on 29 November in Berlin is still 29 November in UTC (22:30).
  const berlinLate = new Date('2025-11-29T22:30:00+00:00');

  it('takes the calendar day where the seller is', () => {
    expect(dateIn(newYorkLate, 'America/New_York')).toBe('2025-11-29');
    expect(dateIn(newYorkLate, 'Europe/Berlin')).toBe('2025-11-30');
    expect(dateIn(berlinLate, 'Europe/Berlin')).toBe('2025-11-29');
  });

  it('writes local ISO 8601 times with the offset, to the second', () => {
    expect(isoInZone(new Date('2025-11-30T04:30:00.123Z'), 'America/New_York')).toBe('2025-11-29T23:30:00-05:00');
    expect(isoInZone(berlinLate, 'Europe/Berlin')).toBe('2025-11-29T23:30:00+01:00');
    expect(isoInZone(new Date('2025-07-01T12:00:00Z'), 'Europe/Berlin')).toBe('2025-07-01T14:00:00+02:00');
    expect(isoInZone(berlinLate, 'UTC')).toBe('2025-11-29T22:30:00+00:00');
  });

  it('reads the same parts as Intl gives, in every kind of zone and across its offset changes', () => {
    const zones = [
      'UTC',
      'America/New_York',
      'America/St_Johns',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Pacific/Apia',
      'Pacific/Chatham',
      'Europe/Dublin',
    ];
    const start = Date.UTC(1900, 0, 1);
    const end = Date.UTC(2100, 0, 1);
    for (const timeZone of zones) {
      const parts = new Intl.DateTimeFormat('en-US', { ...WALL_CLOCK_FORMAT, timeZone });
      // Every 7,919 minutes over two centuries falls at every hour of the day and near every change.
      const mismatches: string[] = [];
      for (let time = start; time < end; time += 7_919 * 60_000) {
        const instant = new Date(time + 1_234);
        const p = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
        const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName!.slice(3);
        const day = `${p.year}-${p.month}-${p.day}`;
        const local = `${day}T${p.hour}:${p.minute}:${p.second}${offset}`;
        if (dateIn(instant, timeZone) !== day || isoInZone(instant, timeZone) !== local) {
          mismatches.push(`${timeZone} ${instant.toISOString()}`);
        }
      }
      expect(mismatches).toEqual([]);
    }
  });

  it('words a day in the locale', () => {
    expect(formatDay('2025-11-29', 'en-US')).toBe('November 29, 2025');
    expect(formatDay('2025-11-29', 'de-DE')).toBe('29. November 2025');
  });
});
