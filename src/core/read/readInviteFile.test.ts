import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readInviteFile } from './readInviteFile';

const opts = { source: 'f', defaultTimeZone: 'UTC' };
const sample = (name: string) => readFileSync(new URL(`../../../samples/${name}`, import.meta.url), 'utf8');
const graph = JSON.stringify({
  subject: 's',
  start: { dateTime: '2026-12-09T10:00:00', timeZone: 'UTC' },
  end: { dateTime: '2026-12-09T11:00:00', timeZone: 'UTC' },
});
const ics =
  'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:s\r\nDTSTART:20261209T100000Z\r\nDTEND:20261209T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

describe('readInviteFile', () => {
  it.each([
    ['JSON by content, whatever the name', 'invite.ics', graph, true],
    ['JSON with BOM and leading space', 'x', `\uFEFF  ${graph}`, true],
    ['bare array', 'x', `[${graph}]`, true],
    ['iCalendar by content', 'invite.json', ics, true],
    ['lower-case begin', 'x', ics.replace('BEGIN:VCALENDAR', 'begin:vcalendar'), true],
  ])('%s', (_name, name, text, ok) => {
    expect(readInviteFile(name, text, opts).ok).toBe(ok);
  });

  it.each([
    ['empty', 'a.json', '  \n', 'the file is empty'],
    ['neither', 'notes.txt', 'Meeting at 9', 'neither Graph event JSON nor iCalendar (BEGIN:VCALENDAR)'],
    ['.json name, broken content', 'a.json', 'subject: x', /^not valid JSON/],
    ['.ics name, broken content', 'a.ics', 'SUMMARY:x', /^iCalendar does not parse/],
    ['no event', 'a.json', '{"value":[]}', 'no event in it'],
    [
      'unknown zone',
      'a.ics',
      ics.replace('DTSTART:20261209T100000Z', 'DTSTART;TZID=Mars Standard Time:20261209T100000'),
      "unknown time zone 'Mars Standard Time': not an IANA or Windows name, and no VTIMEZONE in the file defines it",
    ],
  ])('%s → error', (_name, name, text, message) => {
    const r = readInviteFile(name, text, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });

  it('reads every sample as documented in samples/README.md', () => {
    const read = (name: string) =>
      readInviteFile(name, sample(name), { source: name, defaultTimeZone: 'UTC' });
    const zh = read('zh-group-meeting.ics');
    expect(
      zh.ok &&
        zh.value.map((i) => [i.start, i.timeZone, i.attendees.filter((a) => a.role === 'resource').length]),
    ).toEqual([['2026-12-07T01:00:00.000Z', 'Asia/Shanghai', 1]]);
    const good = read('en-good-invite.json');
    expect(good.ok && good.value.map((i) => [i.start, i.timeZone, i.isOnline, i.body.links.length])).toEqual([
      ['2026-12-09T18:00:00.000Z', 'America/Los_Angeles', true, 2],
    ]);
    const series = read('zh-weekly-series.json');
    expect(series.ok && series.value[0]?.recurrence).toEqual({ daysOfWeek: ['monday', 'wednesday'] });
    const list = read('en-event-list.json');
    expect(list.ok && list.value.map((i) => [i.isCancelled, i.isAllDay])).toEqual([
      [false, false],
      [true, false],
      [false, true],
      [false, false],
    ]);
    const bad = read('bad-missing-start.json');
    expect(!bad.ok && bad.error.message).toBe('event has no start');
    const hostile = read('hostile-html-body.json');
    expect(hostile.ok && hostile.value[0]?.body.links).toEqual([
      'https://contoso.sharepoint.com/sites/vendor/pilot-brief.pdf',
    ]);
    expect(hostile.ok && hostile.value[0]?.body.text).not.toMatch(/alert\((1|3|4|5|6|7|8|9|10|11|12|13)\)/);
    const names = readdirSync(new URL('../../../samples/', import.meta.url)).filter(
      (n) => /\.(json|ics)$/.test(n) && !n.startsWith('policy'),
    );
    const biweekly = read('en-biweekly-series.ics');
    expect(
      biweekly.ok &&
        biweekly.value.map((i) => [i.start, i.timeZone, i.recurrence, i.attachments[0]?.name, i.isOnline]),
    ).toEqual([
      [
        '2027-01-14T21:00:00.000Z',
        'America/Los_Angeles',
        { daysOfWeek: ['thursday'] },
        'design-review.pdf',
        true,
      ],
    ]);
    expect(names.sort()).toEqual([
      'bad-missing-start.json',
      'en-biweekly-series.ics',
      'en-event-list.json',
      'en-good-invite.json',
      'hostile-html-body.json',
      'zh-group-meeting.ics',
      'zh-weekly-series.json',
    ]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a.json', 'a.ics', 'a'),
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ maxLength: 200 }).map((s) => `{${s}`),
          fc.string({ maxLength: 200 }).map((s) => `BEGIN:VCALENDAR\n${s}`),
        ),
        (name, text) => {
          expect(typeof readInviteFile(name, text, opts).ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
