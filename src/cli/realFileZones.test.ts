// Real files whose TZIDs have no VTIMEZONE but name a real zone another way: a Windows display name
// (older Outlook and Exchange exports) or a globally unique path (Evolution, Lightning). The expected
// local starts are worked out by hand from each zone's rules, not by the code under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './memoryIo';
import { runCheck } from './runCheck';

const DIR = 'test/fixtures/ics-real';
/** The canonical spelling this runtime gives a zone name (Intl writes America/Buenos_Aires). */
const canonical = (zone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;

// file → [zone, local start] per event, in file order.
const EXPECTED: Record<string, [string, string][]> = {
  // DTSTART;TZID="(UTC-05:00) Eastern Time (US and Canada)":20150706T120000 — July: EDT, UTC-4.
  'node-ical/windows-quoted-tz-rrule.ics': [['America/New_York', '2015-07-06T12:00:00-04:00']],
  // The cities of three Windows zones, all CET/CEST: W. Europe's (Amsterdam, first) → Europe/Berlin;
  // 15 April: CEST, UTC+2.
  'node-ical/test_with_tz_list.ics': [['Europe/Berlin', '2024-04-15T19:00:00+02:00']],
  // (GMT+10:00) Canberra, Melbourne, Sydney on 28 October 2020: AEDT (from 4 October), UTC+11.
  // (UTC-05:00) Eastern Time (US & Canada): 28 October EDT, UTC-4; 2 November EST (from 1 November), UTC-5.
  'node-ical/Office-2012-owa.ics': [
    ['Australia/Sydney', '2020-10-28T13:30:00+11:00'],
    ['America/New_York', '2020-10-28T13:30:00-04:00'],
    ['America/New_York', '2020-11-02T13:30:00-05:00'],
    ['America/New_York', '2020-11-02T13:30:00-05:00'],
  ],
  // TZID=/Europe/Stockholm on 21 October 2022: CEST until the 30th, UTC+2.
  'python-icalendar/issue_466_convert_tzid_with_slash.ics': [
    ['Europe/Stockholm', '2022-10-21T20:00:00+02:00'],
  ],
  // 26 April 2020: Berlin CEST UTC+2, New York EDT UTC-4, Buenos Aires (no DST since 2009) UTC-3.
  'python-icalendar/issue_313_globally_unique_tzid.ics': [
    ['Europe/Berlin', '2020-04-26T14:00:00+02:00'],
    ['America/New_York', '2020-04-26T14:00:00-04:00'],
    ['America/Argentina/Buenos_Aires', '2020-04-26T14:00:00-03:00'],
  ],
};

describe('check on real files naming a zone without a VTIMEZONE', () => {
  it.each(Object.entries(EXPECTED))('%s', async (name, expected) => {
    const file = join(DIR, name);
    const io = memoryIo({ [file]: readFileSync(file, 'utf8') });
    const code = await runCheck([file, '--format', 'json', '--now', '2026-01-01T00:00:00Z'], io);
    expect({ code, err: io.err }).toEqual({
      code: expect.toSatisfy((c: number) => c === 0 || c === 1),
      err: '',
    });
    const events = JSON.parse(io.out) as { timeZone: string; start: string }[];
    expect(events.map((e) => [e.timeZone, e.start])).toEqual(expected.map(([z, s]) => [canonical(z), s]));
  });

  it('an offset with no zone is refused in one line that says so', async () => {
    const file = join(DIR, 'node-ical/music-school-weekly-until.ics');
    const io = memoryIo({ [file]: readFileSync(file, 'utf8') });
    expect(await runCheck([file, '--now', '2026-01-01T00:00:00Z'], io)).toBe(2);
    expect(io.err).toBe(
      `check: ${file}: time zone '(GMT +01:00)' is only a UTC offset (no summer-time rules) and no VTIMEZONE in the file defines it\n`,
    );
  });
});
