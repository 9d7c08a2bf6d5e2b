// Real calendar files whose TZIDs are defined only by their own VTIMEZONE (test/fixtures/ics-real,
// see its README for sources and licences): our reader's meeting-local wall time must be the one
// ical.js computes from the same definition, and both must match the table a person can check
// against the file.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readIcs } from '../../../src/core/read/readIcs';
import { definedZone } from '../../../src/core/time/definedZone';
import { toLocal } from '../../../src/core/time/toLocal';
import { toZonedIso } from '../../../src/core/time/toZonedIso';

const DIR = 'test/fixtures/ics-real';
const read = (file: string) => readFileSync(`${DIR}/${file}`, 'utf8');
const wall = (t: ICAL.Time) =>
  `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')} ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

// [file, event index, TZID, local start, local end, start instant]
const TABLE: [string, number, string, string, string, string][] = [
  // RFC 5545's own example zone (the rules of 1987–2006: first Sunday of April, last of October).
  [
    'ical.net/ALARM1.ics',
    0,
    'US-Eastern',
    '2006-07-18 10:00',
    '2006-07-18 11:00',
    '2006-07-18T14:00:00.000Z',
  ],
  // Mozilla's globally unique TZIDs.
  [
    'ical.net/Event3.ics',
    85,
    '/mozilla.org/20050126_1/America/Boise',
    '2006-07-20 17:30',
    '2006-07-20 19:30',
    '2006-07-20T23:30:00.000Z',
  ],
  // Outlook custom zones: one whose DST rule changed across years (1985 vs 2025), and older exports.
  [
    'node-ical/multi-era-vtimezone.ics',
    0,
    'Customized Time Zone 1',
    '2025-06-10 14:00',
    '2025-06-10 15:00',
    '2025-06-10T18:00:00.000Z',
  ],
  [
    'node-ical/multi-era-vtimezone.ics',
    1,
    'Customized Time Zone 1',
    '1985-10-15 14:00',
    '1985-10-15 15:00',
    '1985-10-15T18:00:00.000Z',
  ],
  [
    'node-ical/bad_ms_tz.ics',
    0,
    'Customized Time Zone',
    '2020-08-25 10:35',
    '2020-08-25 11:50',
    '2020-08-25T14:35:00.000Z',
  ],
  [
    'node-ical/exchange-custom-tz.ics',
    0,
    '(UTC+07:00) Bangkok, Hanoi, Jakarta',
    '2019-04-30 09:00',
    '2019-04-30 12:00',
    '2019-04-30T02:00:00.000Z',
  ],
  [
    'node-ical/test_with_int_tzid.ics',
    1,
    '1',
    '2024-01-08 11:00',
    '2024-01-08 12:00',
    '2024-01-08T10:00:00.000Z',
  ],
  // Made-up names with full definitions, a zone declared after its use, a fixed -07:41 offset.
  [
    'python-icalendar/america_new_york.ics',
    0,
    'custom_America/New_York',
    '2014-08-29 08:00',
    '2014-08-29 10:00',
    '2014-08-29T12:00:00.000Z',
  ],
  [
    'python-icalendar/america_new_york_forward_reference.ics',
    0,
    'custom_America/New_York_Forward_reference',
    '2014-08-29 08:00',
    '2014-08-29 08:00',
    '2014-08-29T12:00:00.000Z',
  ],
  [
    'python-icalendar/pacific_fiji.ics',
    0,
    'custom_Pacific/Fiji',
    '2014-08-29 08:00',
    '2014-08-29 08:00',
    '2014-08-28T20:00:00.000Z',
  ],
  [
    'python-icalendar/issue_156_RDATE_with_PERIOD_TZID_khal_2.ics',
    0,
    'Western/Central Europe',
    '2021-11-01 16:00',
    '2021-11-01 16:30',
    '2021-11-01T15:00:00.000Z',
  ],
  [
    'python-icalendar/issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics',
    0,
    '(UTC-03:00) Brasília',
    '2017-05-11 13:30',
    '2017-05-11 14:00',
    '2017-05-11T16:30:00.000Z',
  ],
  [
    'python-icalendar/issue_466_respect_unique_timezone.ics',
    0,
    '/Europe/CUSTOM',
    '2022-10-21 20:00',
    '2022-10-21 21:00',
    '2022-10-21T18:00:00.000Z',
  ],
  [
    'python-icalendar/issue_722_timezone_transition_ambiguity.ics',
    0,
    'MyTimezone',
    '2024-03-03 08:00',
    '2024-03-03 08:00',
    '2024-03-02T20:00:00.000Z',
  ],
  [
    'python-icalendar/issue_722_timezone_transition_ambiguity.ics',
    1,
    'MyTimezone',
    '2024-08-03 08:00',
    '2024-08-03 08:00',
    '2024-08-02T22:00:00.000Z',
  ],
  [
    'ical.js/timezone_from_file.ics',
    0,
    'Nowhere/Middle',
    '2023-03-06 13:42',
    '2023-03-06 14:42',
    '2023-03-06T21:23:00.000Z',
  ],
];

describe('VTIMEZONE-defined zones in real files', () => {
  it.each(TABLE)('%s event %i in %s: %s–%s', (file, index, tzid, start, end, instant) => {
    const text = read(file);
    const r = readIcs(text, { source: file, defaultTimeZone: 'Asia/Shanghai' });
    if (!r.ok) throw new Error(r.error.message);
    const invite = r.value[index]!;
    expect(definedZone(invite.timeZone)?.name).toBe(tzid);
    const ls = toLocal(invite.start, invite.timeZone);
    const le = toLocal(invite.end, invite.timeZone);
    expect([`${ls.date} ${ls.time}`, `${le.date} ${le.time}`, invite.start]).toEqual([start, end, instant]);

    // ical.js, reading the same definition, agrees on the wall clock and the instant.
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')[index]!);
    expect(event.startDate.zone?.tzid?.trim()).toBe(tzid);
    expect([wall(event.startDate), wall(event.endDate)]).toEqual([start, end]);
    expect(new Date(event.startDate.toUnixTime() * 1000).toISOString()).toBe(instant);
    expect(new Date(event.endDate.toUnixTime() * 1000).toISOString()).toBe(invite.end);
  });

  it('judges the weekday and DST in the defined zone: 1985 and 2025 under one Outlook definition', () => {
    const r = readIcs(read('node-ical/multi-era-vtimezone.ics'), { source: 'x', defaultTimeZone: 'UTC' });
    if (!r.ok) throw new Error(r.error.message);
    const [now, then] = r.value.map((i) => [
      toZonedIso(i.start, i.timeZone),
      toLocal(i.start, i.timeZone).weekday,
    ]);
    expect(now).toEqual(['2025-06-10T14:00:00-04:00', 'tuesday']);
    // 1985-10-15 is still summer time under the pre-2007 rule (DST ended on the last Sunday of October).
    expect(then).toEqual(['1985-10-15T14:00:00-04:00', 'tuesday']);
  });

  it('reads a floating DTEND beside a zoned DTSTART in the start zone (ical.js leaves it floating)', () => {
    const r = readIcs(read('ical.net/ByMonth1.ics'), { source: 'x', defaultTimeZone: 'Asia/Shanghai' });
    if (!r.ok) throw new Error(r.error.message);
    expect([
      toZonedIso(r.value[0]!.start, r.value[0]!.timeZone),
      toZonedIso(r.value[0]!.end, r.value[0]!.timeZone),
    ]).toEqual(['1997-09-02T09:00:00-04:00', '1997-09-02T10:00:00-04:00']);
  });

  it.each([
    ['node-ical/bad_custom_ms_tz.ics', 'tzone://Microsoft/Custom'],
    ['node-ical/bad_custom_ms_tz2.ics', 'Customized Time Zone 1'],
    ['node-ical/germany_at_end_of_day_repeating.ics', 'Europe/Germany'],
    ['python-icalendar/issue_526_calendar_with_events.ics', 'Western/Central Europe'],
    ['python-icalendar/issue_722_missing_VTIMEZONE_custom.ics', 'CUSTOM_tzid'],
  ])('%s names a zone it never defines: %s', (file, tzid) => {
    const r = readIcs(read(file), { source: file, defaultTimeZone: 'UTC' });
    expect(r.ok ? 'read' : r.error.message).toBe(
      `unknown time zone '${tzid}': not an IANA or Windows name, and no VTIMEZONE in the file defines it`,
    );
  });
});
