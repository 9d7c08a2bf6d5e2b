// The CLI over every committed real-world calendar file (test/fixtures/ics-real, from the test suites
// of ical.js, node-ical, python icalendar and ical.net): never a crash or a stack, a verdict or one
// line that names a real problem, and never "unknown time zone" for a zone the file defines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './memoryIo';
import { runCheck } from './runCheck';

const DIR = 'test/fixtures/ics-real';
const walk = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const FILES = walk(DIR).filter((f) => f.endsWith('.ics'));

const undefinedZone = (tzid: string) =>
  `unknown time zone '${tzid}': not an IANA or Windows name, and no VTIMEZONE in the file defines it`;

// The files that are refused, and why: each is a fault in the file a person can see in it.
const REFUSED: Record<string, string> = {
  // DTEND;VALUE=DATE:20090117T220000 is a date-time under a DATE type; as a date it is before DTSTART.
  'ical.net/Parameter1.ics':
    'event ends before it starts (DTSTART 2009-01-17T20:00:00.000Z, end 2009-01-17T00:00:00.000Z)',
  // A UTC offset where the zone goes: 4 October 2022 was summer time in every +01:00 zone that has one.
  'node-ical/music-school-weekly-until.ics':
    "time zone '(GMT +01:00)' is only a UTC offset (no summer-time rules) and no VTIMEZONE in the file defines it",
  // Zones named but defined nowhere: not IANA, not Windows (id or display name), no VTIMEZONE in the file.
  'node-ical/bad_custom_ms_tz.ics': undefinedZone('tzone://Microsoft/Custom'),
  'node-ical/bad_custom_ms_tz2.ics': undefinedZone('Customized Time Zone 1'),
  'node-ical/germany_at_end_of_day_repeating.ics': undefinedZone('Europe/Germany'),
  'python-icalendar/issue_526_calendar_with_events.ics': undefinedZone('Western/Central Europe'),
  'python-icalendar/issue_722_missing_VTIMEZONE_custom.ics': undefinedZone('CUSTOM_tzid'),
  // Broken syntax: an unclosed quote, a BYDAY with a space, a property line without a colon.
  'node-ical/ms_timezones.ics':
    'iCalendar does not parse (line \'DTSTART;TZID="W. Europe Standard Time:20200609T090000"\' has no ":" outside quotes, so no value)',
  'python-icalendar/issue_165_missing_event.ics': 'iCalendar does not parse (invalid BYDAY value " TU")',
  'python-icalendar/timezone_rdate.ics':
    'iCalendar does not parse (line "SUMMARY=testevent" has no ":" between name and value)',
};

/** TZIDs the file's own VTIMEZONE components declare. */
const definedTzids = (text: string) =>
  [...text.matchAll(/BEGIN:VTIMEZONE\r?\n(?:[^\r\n]*\r?\n)*?TZID:([^\r\n]*)/g)].map((m) =>
    (m[1] ?? '').trim(),
  );

describe('check on real-world calendar files', () => {
  it('has the curated files', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(30);
    for (const name of Object.keys(REFUSED)) expect(FILES).toContain(join(DIR, name));
  });

  it.each(FILES.map((f) => [f.slice(DIR.length + 1), f]))('%s', async (name, file) => {
    const text = readFileSync(file, 'utf8');
    const io = memoryIo({ [file]: text }, new Date('2026-11-30T01:00:00Z'));
    const code = await runCheck([file, '--now', '2026-11-30T09:00'], io);
    expect(io.err).not.toMatch(/internal error|\n\s+at /);
    const refused = REFUSED[name];
    if (refused === undefined) {
      expect({ code, err: io.err }).toEqual({
        code: expect.toSatisfy((c: number) => c === 0 || c === 1),
        err: '',
      });
      expect(io.out).toMatch(/^Meeting Guard check: \d+ event\(s\)/);
    } else {
      expect(code).toBe(2);
      expect(io.err).toBe(`check: ${file}: ${refused}\n`);
    }
    for (const tzid of definedTzids(text)) expect(io.err).not.toContain(`unknown time zone '${tzid}'`);
  });
});

describe('check on cancellations', () => {
  const run = async (text: string, extra: string[] = []) => {
    const io = memoryIo({ 'c.ics': text });
    const code = await runCheck(['c.ics', '--now', '2024-12-20T09:00', ...extra], io);
    return { code, io };
  };

  it('ical.net/EventStatus.ics: of four events, the STATUS:CANCELLED one is not checked', async () => {
    const { code, io } = await run(readFileSync(join(DIR, 'ical.net/EventStatus.ics'), 'utf8'));
    expect(code).toBe(0);
    expect(io.out.match(/Cancelled: nothing to check\./g)).toHaveLength(1);
    expect(io.out).toMatch(/\[NOT CHECKED\] Cancelled\n/);
    expect(io.out).toMatch(/Summary: .*1 not checked/);
  });

  it('an Outlook cancellation (METHOD:CANCEL, a 3-hour Monday-morning meeting) is not checked', async () => {
    const outlook = readFileSync(join(DIR, 'ical.net/ALARM1.ics'), 'utf8')
      .replace('VERSION:2.0', 'VERSION:2.0\r\nMETHOD:CANCEL ')
      .replace('DTSTART;TZID=US-Eastern:20060718T100000', 'DTSTART;TZID=US-Eastern:20061211T090000')
      .replace('DTEND;TZID=US-Eastern:20060718T110000', 'DTEND;TZID=US-Eastern:20061211T120000');
    const { code, io } = await run(outlook);
    expect(code).toBe(0);
    expect(io.out).toContain('Cancelled: nothing to check.');
    expect(io.err).toBe('');
  });
});
