import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveZone } from './resolveZone';
import { wallToInstant } from './wallToInstant';
import { toLocal } from './toLocal';
import { addDays, weekdayOf } from './addDays';
import { toZonedIso } from './toZonedIso';
import { offsetAt, wallPartsAt } from './zoneOffset';

// Runs under several process TZs (npm run test:tz): nothing here may depend on the machine's zone.

describe('resolveZone', () => {
  it.each([
    ['China Standard Time', 'Asia/Shanghai'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['GMT Standard Time', 'Europe/London'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Tokyo Standard Time', 'Asia/Tokyo'],
    ['Chatham Islands Standard Time', 'Pacific/Chatham'],
    ['china standard time', 'Asia/Shanghai'],
    ['"China Standard Time"', 'Asia/Shanghai'],
    ['UTC', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['Z', 'UTC'],
    ['Etc/GMT', 'UTC'],
    ['Asia/Shanghai', 'Asia/Shanghai'],
    ['asia/shanghai', 'Asia/Shanghai'],
    ['America/Los_Angeles', 'America/Los_Angeles'],
    ['Pacific/Chatham', 'Pacific/Chatham'],
  ])('%s → %s', (name, zone) => {
    expect(resolveZone(name)).toBe(zone);
  });

  it.each([
    'Mars Standard Time',
    '',
    '   ',
    '+08:00',
    'Asia/Nowhere',
    'tzone://Microsoft/Custom',
    'x'.repeat(500),
  ])('unknown %j → null', (name) => {
    expect(resolveZone(name)).toBeNull();
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const z = resolveZone(s);
        expect(z === null || typeof z === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('wallToInstant', () => {
  it.each([
    ['2026-12-07', '09:00', 'Asia/Shanghai', '2026-12-07T01:00:00.000Z'],
    ['2026-12-07', '00:30', 'Asia/Shanghai', '2026-12-06T16:30:00.000Z'],
    ['2026-07-01', '09:00', 'America/Los_Angeles', '2026-07-01T16:00:00.000Z'],
    ['2026-01-15', '09:00', 'America/Los_Angeles', '2026-01-15T17:00:00.000Z'],
    ['2026-06-01', '10:15:30.5', 'UTC', '2026-06-01T10:15:30.500Z'],
    ['2026-06-01', '24:00', 'UTC', '2026-06-02T00:00:00.000Z'],
    // Los Angeles spring forward 2026-03-08 02:00 → 03:00: the skipped 02:30 is read as PST (→ 03:30 PDT).
    ['2026-03-08', '02:30', 'America/Los_Angeles', '2026-03-08T10:30:00.000Z'],
    ['2026-03-08', '01:59', 'America/Los_Angeles', '2026-03-08T09:59:00.000Z'],
    ['2026-03-08', '03:00', 'America/Los_Angeles', '2026-03-08T10:00:00.000Z'],
    // Fall back 2026-11-01 02:00 → 01:00: the repeated 01:30 takes the earlier (PDT) instant.
    ['2026-11-01', '01:30', 'America/Los_Angeles', '2026-11-01T08:30:00.000Z'],
    ['2026-11-01', '02:00', 'America/Los_Angeles', '2026-11-01T10:00:00.000Z'],
    // Chatham: +13:45 in summer, +12:45 in winter. DST ends 2026-04-05 03:45 → 02:45 (02:45–03:45 repeats).
    ['2026-01-10', '09:00', 'Pacific/Chatham', '2026-01-09T19:15:00.000Z'],
    ['2026-07-10', '09:00', 'Pacific/Chatham', '2026-07-09T20:15:00.000Z'],
    ['2026-04-05', '03:00', 'Pacific/Chatham', '2026-04-04T13:15:00.000Z'],
    // DST starts 2026-09-27 02:45 → 03:45: 03:00 does not exist and becomes 04:00 (+13:45).
    ['2026-09-27', '03:00', 'Pacific/Chatham', '2026-09-26T14:15:00.000Z'],
  ])('%s %s %s → %s', (date, time, zone, instant) => {
    expect(wallToInstant(date, time, zone)).toBe(instant);
  });

  it.each([
    ['2026-02-30', '09:00', 'UTC'],
    ['2026-13-01', '09:00', 'UTC'],
    ['2026-1-1', '09:00', 'UTC'],
    ['2026-01-01', '25:00', 'UTC'],
    ['2026-01-01', '09:60', 'UTC'],
    ['2026-01-01', '9:00', 'UTC'],
    ['2026-01-01', '09:00', 'Mars/Base'],
  ])('rejects %s %s %s with RangeError', (date, time, zone) => {
    expect(() => wallToInstant(date, time, zone)).toThrow(RangeError);
  });

  it('round-trips through toLocal for every non-gap wall time', () => {
    const zones = [
      'UTC',
      'Asia/Shanghai',
      'America/Los_Angeles',
      'Pacific/Chatham',
      'Europe/London',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2060-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (d, zone) => {
          const instant = new Date(Math.floor(d.getTime() / 60000) * 60000).toISOString();
          const local = toLocal(instant, zone);
          const back = wallToInstant(local.date, local.time, zone);
          // Ambiguous wall times map back to the earlier instant, never a later one, and show the same wall time.
          expect(Date.parse(back)).toBeLessThanOrEqual(Date.parse(instant));
          expect(toLocal(back, zone)).toEqual(local);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('toLocal', () => {
  it.each([
    [
      '2026-12-07T01:00:00.000Z',
      'Asia/Shanghai',
      { date: '2026-12-07', time: '09:00', weekday: 'monday', minuteOfDay: 540 },
    ],
    [
      '2026-12-06T16:00:00.000Z',
      'Asia/Shanghai',
      { date: '2026-12-07', time: '00:00', weekday: 'monday', minuteOfDay: 0 },
    ],
    [
      '2026-12-07T01:00:00.000Z',
      'America/Los_Angeles',
      { date: '2026-12-06', time: '17:00', weekday: 'sunday', minuteOfDay: 1020 },
    ],
    [
      '2026-03-08T10:30:00.000Z',
      'America/Los_Angeles',
      { date: '2026-03-08', time: '03:30', weekday: 'sunday', minuteOfDay: 210 },
    ],
    [
      '2026-11-01T09:30:00.000Z',
      'America/Los_Angeles',
      { date: '2026-11-01', time: '01:30', weekday: 'sunday', minuteOfDay: 90 },
    ],
    [
      '2026-01-09T19:15:00.000Z',
      'Pacific/Chatham',
      { date: '2026-01-10', time: '09:00', weekday: 'saturday', minuteOfDay: 540 },
    ],
    [
      '2026-12-31T23:59:59.999Z',
      'UTC',
      { date: '2026-12-31', time: '23:59', weekday: 'thursday', minuteOfDay: 1439 },
    ],
  ])('%s in %s', (instant, zone, expected) => {
    expect(toLocal(instant, zone)).toEqual(expected);
  });

  it('rejects an unparseable instant', () => {
    expect(() => toLocal('tomorrow', 'UTC')).toThrow(RangeError);
  });
});

describe('addDays / weekdayOf', () => {
  it.each([
    ['2026-12-07', 1, '2026-12-08'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-08', 0, '2026-03-08'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('%s + %d → %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2026-12-07', 'monday'],
    ['2026-11-25', 'wednesday'],
    ['1970-01-01', 'thursday'],
    ['1969-12-28', 'sunday'],
    ['2028-02-29', 'tuesday'],
  ])('%s is a %s', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('rejects malformed dates', () => {
    expect(() => addDays('2026-02-29', 1)).toThrow(RangeError);
    expect(() => weekdayOf('07/12/2026')).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });

  it('agrees with UTC Date arithmetic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20000, max: 40000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (base, n) => {
          const date = new Date(base * 86_400_000).toISOString().slice(0, 10);
          expect(addDays(date, n)).toBe(new Date((base + n) * 86_400_000).toISOString().slice(0, 10));
          expect(weekdayOf(date)).toBe(
            ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][
              new Date(base * 86_400_000).getUTCDay()
            ],
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('toZonedIso', () => {
  it.each([
    ['2026-12-07T01:00:00.000Z', 'Asia/Shanghai', '2026-12-07T09:00:00+08:00'],
    ['2026-12-09T18:00:00.000Z', 'America/Los_Angeles', '2026-12-09T10:00:00-08:00'],
    ['2026-07-09T17:00:00.000Z', 'America/Los_Angeles', '2026-07-09T10:00:00-07:00'],
    ['2026-01-09T19:15:00.000Z', 'Pacific/Chatham', '2026-01-10T09:00:00+13:45'],
    ['2026-07-09T20:15:00.000Z', 'Pacific/Chatham', '2026-07-10T09:00:00+12:45'],
    ['2026-12-07T01:00:30.900Z', 'UTC', '2026-12-07T01:00:30+00:00'],
  ])('%s in %s → %s', (instant, zone, iso) => {
    expect(toZonedIso(instant, zone)).toBe(iso);
    expect(Date.parse(iso)).toBe(Math.floor(Date.parse(instant) / 1000) * 1000);
  });
});

describe('wallPartsAt / offsetAt', () => {
  it.each([
    [
      Date.parse('2026-12-09T10:00:00Z'),
      'Asia/Shanghai',
      { year: 2026, month: 12, day: 9, hour: 18, minute: 0, second: 0 },
    ],
    [
      Date.parse('0999-03-04T05:06:07Z'),
      'UTC',
      { year: 999, month: 3, day: 4, hour: 5, minute: 6, second: 7 },
    ],
    // Before year 1 the era decides the sign: 1 BC is year 0.
    [
      Date.parse('0001-01-01T00:00:00Z') - 86_400_000,
      'UTC',
      { year: 0, month: 12, day: 31, hour: 0, minute: 0, second: 0 },
    ],
    [
      Date.parse('2026-12-31T23:59:59Z'),
      'Pacific/Chatham',
      { year: 2027, month: 1, day: 1, hour: 13, minute: 44, second: 59 },
    ],
  ])('%d in %s', (ms, zone, parts) => {
    expect(wallPartsAt(ms, zone)).toEqual(parts);
  });

  it('offsets', () => {
    expect(offsetAt(Date.parse('2026-07-01T00:00:00Z'), 'America/Los_Angeles')).toBe(-7 * 3_600_000);
    expect(offsetAt(Date.parse('2026-01-01T00:00:00Z'), 'Pacific/Chatham')).toBe(13.75 * 3_600_000);
  });
});
