import { describe, expect, it } from 'vitest';
import { definedOffsetAt, definedZone, encodeDefinedZone, zoneLabel } from './definedZone';
import { resolveZone, usableZone } from './resolveZone';
import { toLocal } from './toLocal';
import { toZonedIso } from './toZonedIso';
import { wallToInstant } from './wallToInstant';

const H = 3_600_000;
// US-Eastern as RFC 5545 writes it, for 2026: EDT from 2026-03-08 07:00Z, EST from 2026-11-01 06:00Z.
const EASTERN = encodeDefinedZone('US-Eastern', -5 * H, [
  [Date.UTC(2026, 10, 1, 6), -5 * H],
  [Date.UTC(2026, 2, 8, 7), -4 * H],
]);

describe('definedZone', () => {
  it('round-trips the name and the changes, sorted', () => {
    expect(definedZone(EASTERN)).toEqual({
      name: 'US-Eastern',
      initial: -5 * H,
      at: [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6)],
      offsets: [-4 * H, -5 * H],
    });
    const odd = encodeDefinedZone('tzone://Microsoft/Custom: 1,2', 345 * 60_000, []);
    expect(definedZone(odd)).toEqual({
      name: 'tzone://Microsoft/Custom: 1,2',
      initial: 345 * 60_000,
      at: [],
      offsets: [],
    });
  });

  it('gives the offset in force at an instant, a change applying from its own instant on', () => {
    const z = definedZone(EASTERN)!;
    expect(definedOffsetAt(z, Date.UTC(2026, 0, 1))).toBe(-5 * H);
    expect(definedOffsetAt(z, Date.UTC(2026, 2, 8, 7) - 1)).toBe(-5 * H);
    expect(definedOffsetAt(z, Date.UTC(2026, 2, 8, 7))).toBe(-4 * H);
    expect(definedOffsetAt(z, Date.UTC(2026, 11, 1))).toBe(-5 * H);
  });

  it('is what every time function judges in: wall time, weekday, DST gap and overlap', () => {
    expect(toLocal('2026-07-01T14:00:00.000Z', EASTERN)).toEqual({
      date: '2026-07-01',
      time: '10:00',
      weekday: 'wednesday',
      minuteOfDay: 600,
    });
    expect(toZonedIso('2026-12-01T14:00:00.000Z', EASTERN)).toBe('2026-12-01T09:00:00-05:00');
    expect(wallToInstant('2026-07-01', '10:00', EASTERN)).toBe('2026-07-01T14:00:00.000Z');
    // 02:30 does not exist on 2026-03-08 and 01:30 happens twice on 2026-11-01, as in America/New_York.
    expect(wallToInstant('2026-03-08', '02:30', EASTERN)).toBe(
      wallToInstant('2026-03-08', '02:30', 'America/New_York'),
    );
    expect(wallToInstant('2026-11-01', '01:30', EASTERN)).toBe(
      wallToInstant('2026-11-01', '01:30', 'America/New_York'),
    );
  });

  it.each([
    'US-Eastern',
    'Asia/Shanghai',
    '@vtimezone:x',
    '@vtimezone:x:zz!:',
    '@vtimezone:%E0%A4%A:0:',
    '@vtimezone:x:0:1/2/3',
  ])('rejects %s as a table', (s) => {
    expect(definedZone(s)).toBeNull();
  });

  it('labels a table by its TZID and a name by itself', () => {
    expect(zoneLabel(EASTERN)).toBe('US-Eastern');
    expect(zoneLabel('Asia/Shanghai')).toBe('Asia/Shanghai');
  });

  it('is a zone an invite may carry, but never a name a file or policy may give', () => {
    expect(usableZone(EASTERN)).toBe(EASTERN);
    expect(usableZone('china standard time')).toBe('Asia/Shanghai');
    expect(resolveZone(EASTERN)).toBeNull();
    expect(usableZone('@vtimezone:forged')).toBeNull();
  });
});
