import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { wallToInstant } from '../time/wallToInstant';
import { fileZones } from './fileZones';

// The table must say what ical.js says from the file's own, untouched definition, in every year of
// the window, also where fileZones moves 1601 observances to 1896 to expand them faster.

const fixture = (f: string) => readFileSync(`test/fixtures/ics-real/${f}`, 'utf8');
// A made-up zone: a summer rule that ended in 1890 (UNTIL) and one from 1601 on, both yearly.
const ENDED = [
  'BEGIN:VCALENDAR',
  'BEGIN:VTIMEZONE',
  'TZID:Ended Rule',
  'BEGIN:DAYLIGHT',
  'DTSTART:18800401T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=18900101T000000Z',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'DTSTART:16011001T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'END:VTIMEZONE',
  'END:VCALENDAR',
].join('\r\n');

const vtimezones = (text: string) => {
  const cal = ICAL.parse(text) as [string, unknown[], unknown[][]];
  return cal[2].filter((c) => c[0] === 'vtimezone');
};

describe('fileZones', () => {
  // [file, TZID, first year]: before a definition's first change ical.js reads UTC, we read the first
  // change's TZOFFSETFROM (US-Eastern's rules start in 1967, Fiji's in 1915).
  it.each([
    ['node-ical/multi-era-vtimezone.ics', 'Customized Time Zone 1', 1900],
    ['node-ical/bad_ms_tz.ics', 'Customized Time Zone', 1900],
    ['ical.net/ALARM1.ics', 'US-Eastern', 1968],
    ['python-icalendar/pacific_fiji.ics', 'custom_Pacific/Fiji', 1916],
    ['inline', 'Ended Rule', 1900],
  ])(
    '%s: noon on the 1st and 15th of every month, first year–2099, as ical.js reads it',
    (file, tzid, from) => {
      const text = file === 'inline' ? ENDED : fixture(file);
      const found = fileZones(vtimezones(text))(tzid);
      if (!('zone' in found)) throw new Error(found.problem);
      const tz = new ICAL.Timezone(
        new ICAL.Component(vtimezones(text).find((c) => JSON.stringify(c).includes(tzid))!),
      );
      const wrong: string[] = [];
      for (let year = from; year < 2100; year++)
        for (let month = 1; month <= 12; month++)
          for (const day of [1, 15]) {
            const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            const theirs = new Date(
              ICAL.Time.fromData({ year, month, day, hour: 12 }, tz).toUnixTime() * 1000,
            ).toISOString();
            const ours = wallToInstant(date, '12:00', found.zone);
            if (ours !== theirs) wrong.push(`${date}: ${ours} vs ${theirs}`);
          }
      expect(wrong.slice(0, 5)).toEqual([]);
    },
  );

  it("before a definition's first change, the offset that change starts from", () => {
    const found = fileZones(vtimezones(fixture('ical.net/ALARM1.ics')))('US-Eastern');
    if (!('zone' in found)) throw new Error(found.problem);
    // The first change (1967-10-29) goes from -04:00.
    expect(wallToInstant('1950-07-01', '12:00', found.zone)).toBe('1950-07-01T16:00:00.000Z');
  });

  it('keeps IANA and Windows names as names, and names the problem with a TZID it cannot read', () => {
    const zoneOf = fileZones(vtimezones(ENDED));
    expect(zoneOf('China Standard Time')).toEqual({ zone: 'Asia/Shanghai' });
    expect(zoneOf('Europe/Berlin')).toEqual({ zone: 'Europe/Berlin' });
    expect(zoneOf('Nowhere Zone')).toEqual({
      problem:
        "unknown time zone 'Nowhere Zone': not an IANA or Windows name, and no VTIMEZONE in the file defines it",
    });
  });
});
