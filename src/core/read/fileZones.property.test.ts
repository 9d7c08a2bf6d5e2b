import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../evaluate';
import { DEFAULT_POLICY } from '../model/Policy';
import { GOOD_BODY_ZH } from '../rules/testInvite';
import { resolveZone } from '../time/resolveZone';
import { offsetAt } from '../time/zoneOffset';
import { readIcs } from './readIcs';

// A zone written out as a VTIMEZONE under a made-up TZID must judge exactly like its IANA name:
// same instants, same local wall time and weekday, same findings, DST included.

const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2029, 0, 1);
const DAY = 86_400_000;

const found = new Map<string, [number, number, number][]>();

/** The offset changes of an IANA zone between FROM and TO, to the second. */
function transitions(zone: string): [number, number, number][] {
  const known = found.get(zone);
  if (known) return known;
  const out: [number, number, number][] = [];
  found.set(zone, out);
  // Two changes less than a day apart do not happen in these years.
  let before = offsetAt(FROM, zone);
  for (let t = FROM; t < TO; t += DAY) {
    const after = offsetAt(t + DAY, zone);
    if (before === after) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (offsetAt(mid, zone) === before) lo = mid;
      else hi = mid;
    }
    out.push([hi, before, after]);
    before = after;
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
const offsetText = (ms: number) => {
  const m = Math.round(Math.abs(ms) / 60_000);
  return `${ms < 0 ? '-' : '+'}${pad(Math.floor(m / 60))}${pad(m % 60)}`;
};
const wallText = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');

/** RFC 5545 VTIMEZONE of the zone's behaviour in [FROM, TO): one observance per change. */
function vtimezone(tzid: string, zone: string): string[] {
  const first = offsetAt(FROM, zone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tzid}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000'];
  lines.push(`TZOFFSETFROM:${offsetText(first)}`, `TZOFFSETTO:${offsetText(first)}`, 'END:STANDARD');
  for (const [at, before, after] of transitions(zone)) {
    const kind = after > before ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the wall clock just before the change, in the offset it changes from.
    lines.push(`BEGIN:${kind}`, `DTSTART:${wallText(at + before)}`, `TZOFFSETFROM:${offsetText(before)}`);
    lines.push(`TZOFFSETTO:${offsetText(after)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

const ZONES = Intl.supportedValuesOf('timeZone').filter(
  (z) => resolveZone(z) !== null && resolveZone(z) !== 'UTC',
);

function ics(tzid: string, start: string, end: string, rrule: string | null, zoneLines: string[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    ...zoneLines,
    'BEGIN:VEVENT',
    'UID:p1',
    'SUMMARY:Q3 排期决策会',
    `DTSTART;TZID="${tzid}":${start}`,
    `DTEND;TZID="${tzid}":${end}`,
    ...(rrule ? [rrule] : []),
    'ORGANIZER;CN=Org:mailto:org@contoso.com',
    ...[1, 2, 3].map((i) => `ATTENDEE;CN=P${i}:mailto:p${i}@contoso.com`),
    'LOCATION:3F',
    `DESCRIPTION:${GOOD_BODY_ZH.replace(/\n/g, '\\n').replace(/,/g, '\\,')}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

describe('a VTIMEZONE under a made-up TZID judges like the IANA zone it describes', () => {
  it('same instants, local times and findings', () => {
    const madeUp = fc
      .stringMatching(/^[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9}){0,2}( [0-9])?$/)
      .map((s) => `Custom ${s}`)
      .filter((s) => resolveZone(s) === null);
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        madeUp,
        fc.date({
          min: new Date('2025-01-01T00:00:00Z'),
          max: new Date('2027-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 95 }),
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.constantFrom('RRULE:FREQ=WEEKLY;BYDAY=MO,FR', 'RRULE:FREQ=DAILY', 'RRULE:FREQ=WEEKLY')),
        fc.date({
          min: new Date('2024-06-01T00:00:00Z'),
          max: new Date('2028-06-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (zone, tzid, day, quarter, quarters, rrule, now) => {
          const startMs =
            Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) + quarter * 15 * 60_000;
          const start = wallText(startMs);
          const end = wallText(startMs + quarters * 15 * 60_000);
          const byName = readIcs(ics(zone, start, end, rrule, []), { source: 'a', defaultTimeZone: 'UTC' });
          const byDefinition = readIcs(ics(tzid, start, end, rrule, vtimezone(tzid, zone)), {
            source: 'a',
            defaultTimeZone: 'UTC',
          });
          if (!byName.ok || !byDefinition.ok) throw new Error(`${zone}: did not read`);
          const a = byName.value[0]!;
          const b = byDefinition.value[0]!;
          expect([b.start, b.end, b.recurrence]).toEqual([a.start, a.end, a.recurrence]);
          const va = evaluate(a, DEFAULT_POLICY, now);
          const vb = evaluate(b, DEFAULT_POLICY, now);
          expect(vb.local.timeZone).toBe(tzid);
          expect({ ...vb, local: { ...vb.local, timeZone: zone } }).toEqual({
            ...va,
            local: { ...va.local, timeZone: zone },
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
