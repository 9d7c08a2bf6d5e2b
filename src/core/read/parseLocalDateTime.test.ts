import { describe, expect, it } from 'vitest';
import { instantOf, parseLocalDateTime } from './parseLocalDateTime';

describe('parseLocalDateTime', () => {
  it.each([
    ['2026-12-07T09:00:00.0000000', { date: '2026-12-07', time: '09:00:00.000', offsetMinutes: null }],
    ['2026-12-07T09:00', { date: '2026-12-07', time: '09:00:00.000', offsetMinutes: null }],
    ['2026-12-07T09:00:05.1234567Z', { date: '2026-12-07', time: '09:00:05.123', offsetMinutes: 0 }],
    ['20261207T090000Z', { date: '2026-12-07', time: '09:00:00.000', offsetMinutes: 0 }],
    ['20261207T090000', { date: '2026-12-07', time: '09:00:00.000', offsetMinutes: null }],
    ['2026-12-07T09:00:00+08:00', { date: '2026-12-07', time: '09:00:00.000', offsetMinutes: 480 }],
    ['2026-12-07T09:00:00-0545', { date: '2026-12-07', time: '09:00:00.000', offsetMinutes: -345 }],
    ['2026-12-07', { date: '2026-12-07', time: '00:00:00.000', offsetMinutes: null }],
  ])('%s', (text, expected) => {
    expect(parseLocalDateTime(text)).toEqual(expected);
  });

  it.each([
    '',
    'tomorrow',
    '2026-02-30T09:00',
    '2026-12-07T25:00',
    '2026-12-07T09:61',
    '2026-12-07T09:00+25:00',
    '0000-01-01T00:00',
    'x'.repeat(100),
  ])('rejects %j', (text) => {
    expect(parseLocalDateTime(text)).toBeNull();
  });

  it('instantOf: own offset, else wall time in the zone', () => {
    expect(instantOf(parseLocalDateTime('2026-12-07T09:00:00+08:00')!, 'America/Los_Angeles')).toBe(
      '2026-12-07T01:00:00.000Z',
    );
    expect(instantOf(parseLocalDateTime('2026-12-07T09:00:00')!, 'Asia/Shanghai')).toBe(
      '2026-12-07T01:00:00.000Z',
    );
    expect(instantOf(parseLocalDateTime('2026-12-07T09:00:00')!, 'Mars/Base')).toBeNull();
  });
});
