import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryIo } from './memoryIo';
import { runCheck } from './runCheck';
import type { JsonReportEntry } from './toJsonReport';

// Everything here passes --now or a fixed clock: the suite runs under several process TZs.
const sample = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');
const SAMPLES = [
  'en-biweekly-series.ics',
  'zh-group-meeting.ics',
  'en-good-invite.json',
  'zh-weekly-series.json',
  'en-event-list.json',
  'bad-missing-start.json',
  'hostile-html-body.json',
  'policy-cn.json',
];
const files = Object.fromEntries(SAMPLES.map((n) => [n, sample(n)]));
const NOW = ['--now', '2026-11-30T09:00:00+08:00'];

async function run(argv: string[], extra: Record<string, string> = {}, env: Record<string, string> = {}) {
  const io = memoryIo({ ...files, ...extra }, new Date('2026-11-30T01:00:00Z'), env);
  const code = await runCheck(argv, io);
  return { code, out: io.out, err: io.err };
}
const json = (out: string) => JSON.parse(out) as JsonReportEntry[];

describe('runCheck: exit status and JSON contract', () => {
  it('zh group meeting on Monday morning: blocked, exit 1, local-offset times', async () => {
    const r = await run(['zh-group-meeting.ics', '--format', 'json', ...NOW]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const [entry] = json(r.out);
    expect(entry).toMatchObject({
      source: 'zh-group-meeting.ics',
      start: '2026-12-07T09:00:00+08:00',
      end: '2026-12-07T10:00:00+08:00',
      timeZone: 'Asia/Shanghai',
      blocked: true,
    });
    expect(Object.keys(entry!).sort()).toEqual([
      'blocked',
      'end',
      'findings',
      'source',
      'start',
      'subject',
      'timeZone',
    ]);
    const rules = entry!.findings.map((f) => f.rule);
    expect(rules).toContain('slot.blocked');
    expect(rules).toContain('agenda.timing');
    const slip = entry!.findings.find((f) => f.rule === 'agenda.timing' && /需求对齐/.test(f.message));
    expect(slip?.evidence).toMatch(/^09:00-09:10 需求对齐/);
    for (const f of entry!.findings)
      expect(
        Object.keys(f).every((k) => ['rule', 'severity', 'message', 'evidence', 'fix'].includes(k)),
      ).toBe(true);
  });

  it('good en invite: no warn or block, exit 0', async () => {
    const r = await run(['en-good-invite.json', '--format', 'json', ...NOW]);
    expect(r.code).toBe(0);
    const [entry] = json(r.out);
    expect(entry?.start).toBe('2026-12-09T10:00:00-08:00');
    expect(entry?.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('weekly series on MO,WE is judged on Monday too', async () => {
    const r = await run(['zh-weekly-series.json', '--format', 'json', ...NOW]);
    expect(r.code).toBe(1);
    expect(json(r.out)[0]?.findings.find((f) => f.rule === 'slot.blocked')?.message).toMatch(/Monday/);
  });

  it('an event list gives one entry per event; cancelled and all-day have no findings', async () => {
    const r = await run(['en-event-list.json', '--format', 'json', ...NOW]);
    const entries = json(r.out);
    expect(entries.map((e) => e.subject)).toEqual([
      '1:1 Dana / Priya',
      'Canceled: Budget review',
      'Offsite day',
      'Marketing x Sales sync',
    ]);
    expect(entries[1]?.findings).toEqual([]);
    expect(entries[2]?.findings).toEqual([]);
    expect(entries[0]?.findings.map((f) => f.rule)).toEqual(['slot.blocked']);
    expect(r.code).toBe(1);
  });

  it('an unusable file among others: the others are reported, one stderr line, exit 2', async () => {
    const r = await run([
      'en-good-invite.json',
      'bad-missing-start.json',
      'zh-group-meeting.ics',
      '--format',
      'json',
      ...NOW,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('check: bad-missing-start.json: event has no start\n');
    expect(json(r.out).map((e) => e.source)).toEqual(['en-good-invite.json', 'zh-group-meeting.ics']);
  });

  it('the policy file applies: zone, severities, holidays', async () => {
    const r = await run([
      'zh-group-meeting.ics',
      '--policy',
      'policy-cn.json',
      '--format',
      'json',
      '--now',
      '2026-12-03',
    ]);
    const [entry] = json(r.out);
    expect(entry?.findings.find((f) => f.rule === 'notice.short')).toBeDefined();
    expect(entry?.findings.find((f) => f.rule === 'slot.blocked')?.message).toMatch(
      /周一上午 Monday morning/,
    );
  });

  it('--lang zh-CN localizes findings and the text report', async () => {
    const r = await run(['zh-group-meeting.ics', '--lang', 'zh-CN', ...NOW]);
    expect(r.out).toMatch(/^Meeting Guard 会议检查：共 1 个会议/);
    expect(r.out).toMatch(/⛔ \[已阻止\] Q3新品发布跨部门协调会/);
    expect(r.out).toMatch(/周一 2026-12-07 09:00–10:00（Asia\/Shanghai）/);
    expect(r.out).toMatch(/依据：09:00-09:10 需求对齐/);
  });

  it('LANG=zh_CN.UTF-8 picks Chinese when --lang is absent', async () => {
    const r = await run(['en-good-invite.json', ...NOW], {}, { LANG: 'zh_CN.UTF-8' });
    expect(r.out).toMatch(/没有问题，可以发送。/);
  });
});

describe('runCheck: samples/README.md holds', () => {
  it.each([
    [
      'zh-group-meeting.ics',
      1,
      [['slot.blocked', 'agenda.item-incomplete', 'agenda.timing', 'agenda.timing']],
    ],
    ['en-good-invite.json', 0, [[]]],
    ['zh-weekly-series.json', 1, [['slot.blocked']]],
    [
      'en-event-list.json',
      1,
      [
        ['slot.blocked'],
        [],
        [],
        [
          'goal.vague',
          'agenda.item-incomplete',
          'agenda.item-incomplete',
          'agenda.break-missing',
          'prereads.missing',
          'location.missing',
          'duration.nonstandard',
          'type.missing',
        ],
      ],
    ],
    ['hostile-html-body.json', 0, [['type.missing']]],
    ['en-biweekly-series.ics', 0, [[]]],
  ])('%s → exit %d', async (name, code, rules) => {
    const r = await run([name, '--format', 'json', ...NOW]);
    expect(r.code).toBe(code);
    expect(json(r.out).map((e) => e.findings.map((f) => f.rule))).toEqual(rules);
  });
});

describe('runCheck: text report', () => {
  it('groups per event with status, evidence, fix and a summary', async () => {
    const r = await run(['zh-group-meeting.ics', 'en-good-invite.json', 'en-event-list.json', ...NOW]);
    expect(r.code).toBe(1);
    const out = r.out;
    expect(out).toMatch(/^Meeting Guard check: 6 event\(s\)\n/);
    expect(out).toMatch(
      /⛔ \[BLOCKED\] Q3新品发布跨部门协调会\(市场, 研发, 供应链\)\n {3}zh-group-meeting\.ics · Mon 2026-12-07 09:00–10:00 \(Asia\/Shanghai\)/,
    );
    expect(out).toMatch(/⛔ BLOCK slot\.blocked: .*\n {6}Evidence: .*\n {6}Fix: /);
    expect(out).toMatch(
      /✅ \[OK\] Q1 launch: decide date and deliverables\n.*\n {3}✅ No findings\. Good to send\./,
    );
    expect(out).toMatch(/⏭️ \[NOT CHECKED\] Canceled: Budget review\n.*\n {3}Cancelled: nothing to check\./);
    expect(out).toMatch(/Offsite day\n.*Mon 2026-12-14 00:00–24:00/);
    expect(out).toMatch(/Fewer than 3 people: only the time slot is checked\./);
    expect(out).toMatch(/Summary: 2 blocked, 1 need work, 1 OK, 2 not checked\.\n$/);
  });

  it('neutralizes terminal controls and bidi overrides from untrusted subjects', async () => {
    const r = await run(['hostile-html-body.json', ...NOW]);
    expect(r.out).toContain('[U+202E]EXE.vendor pilot');
    expect(r.out.includes('\u202e')).toBe(false);
  });

  it('blanks control characters (ANSI escapes) in subjects and evidence', async () => {
    const evil = JSON.stringify({
      subject: 'a\u001b[2Jb\rc',
      start: { dateTime: '2026-12-07T09:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-07T10:00:00', timeZone: 'UTC' },
    });
    const r = await run(['evil.json', ...NOW], { 'evil.json': evil });
    expect(r.out).toContain('a [2Jb c');
    expect(r.out.includes('\u001b')).toBe(false);
  });
});

describe('runCheck: unusable input and arguments → exit 2, one stderr line, no stack', () => {
  it.each([
    [['missing.ics', ...NOW], /^check: missing\.ics: cannot read the file \(ENOENT/],
    [['bad-missing-start.json', ...NOW], /^check: bad-missing-start\.json: event has no start$/],
    [['x.json', ...NOW], /^check: x\.json: not valid JSON/],
    [['x.ics', ...NOW], /^check: x\.ics: iCalendar does not parse/],
    [['empty.json', ...NOW], /^check: empty\.json: no event in it$/],
    [
      ['mars.ics', ...NOW],
      /^check: mars\.ics: unknown time zone 'Mars Standard Time': not an IANA or Windows name, and no VTIMEZONE in the file defines it$/,
    ],
    [['en-good-invite.json', '--bogus'], /^check: arguments: unknown option '--bogus' \(try --help\)$/],
    [[], /^check: arguments: no input file/],
    [['en-good-invite.json', '--now', 'next monday'], /^check: --now: bad --now 'next monday'/],
    [['en-good-invite.json', '--policy', 'nope.json'], /^check: nope\.json: cannot read the policy/],
    [['en-good-invite.json', '--policy', 'x.json'], /^check: x\.json: policy is not valid JSON/],
    [
      ['en-good-invite.json', '--policy', 'unknown-field.json'],
      /^check: unknown-field\.json: bad policy: .*colour/,
    ],
    [
      ['en-good-invite.json', '--policy', 'bad-value.json'],
      /^check: bad-value\.json: bad policy: .*maxAttendees/,
    ],
  ])('%j', async (argv, message) => {
    const r = await run(argv, {
      'x.json': '{"subject": ',
      'x.ics': 'BEGIN:VCALENDAR\nthis is not ics',
      'empty.json': '{"value": []}',
      'mars.ics':
        'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Mars Standard Time:20261209T100000\r\nDTEND;TZID=Mars Standard Time:20261209T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      'unknown-field.json': '{"colour": "red"}',
      'bad-value.json': '{"maxAttendees": "ten"}',
    });
    expect(r.code).toBe(2);
    expect(r.err.trimEnd()).toMatch(message);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('--help prints usage and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: npm run -s check -- <file>/);
  });

  it('answers arbitrary file contents with 0, 1 or 2 and never a stack trace', async () => {
    const content = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.json({ maxDepth: 3 }),
      fc
        .string({ maxLength: 200 })
        .map(
          (s) =>
            `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261209T100000Z\r\n${s}\r\nEND:VEVENT\r\nEND:VCALENDAR`,
        ),
      fc.string({ maxLength: 200 }).map((s) =>
        JSON.stringify({
          subject: s,
          start: { dateTime: '2026-12-07T09:00:00', timeZone: 'China Standard Time' },
          end: { dateTime: '2026-12-07T10:00:00', timeZone: 'China Standard Time' },
          body: { contentType: 'html', content: s },
          attendees: [1, 2, 3].map((i) => ({ emailAddress: { address: `p${i}@x.com` } })),
        }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom('json', 'text'), async (text, format) => {
        const r = await run(['f.ics', '--format', format, ...NOW], { 'f.ics': text });
        expect([0, 1, 2]).toContain(r.code);
        expect(r.err).not.toMatch(/internal error|\n\s+at /);
        if (r.code === 2) expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
        if (format === 'json') expect(Array.isArray(JSON.parse(r.out))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
