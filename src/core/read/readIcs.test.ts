import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zoneLabel } from '../time/definedZone';
import { toLocal } from '../time/toLocal';
import { readIcs } from './readIcs';

const opts = { source: 'invite.ics', defaultTimeZone: 'Asia/Shanghai' };
const cal = (...eventLines: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    ...eventLines.flatMap((l) => ['BEGIN:VEVENT', ...l, 'END:VEVENT']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
const timed = [
  'UID:u1',
  'SUMMARY:Plan',
  'DTSTART;TZID=Pacific Standard Time:20261209T100000',
  'DTEND;TZID=Pacific Standard Time:20261209T110000',
];
const one = (text: string, o = opts) => {
  const r = readIcs(text, o);
  if (!r.ok) throw new Error(r.error.message);
  expect(r.value).toHaveLength(1);
  return r.value[0]!;
};

describe('readIcs: times and zones', () => {
  it.each([
    [
      'Windows TZID',
      ['DTSTART;TZID=China Standard Time:20261207T090000', 'DTEND;TZID=China Standard Time:20261207T100000'],
      '2026-12-07T01:00:00.000Z',
      '2026-12-07T02:00:00.000Z',
      'Asia/Shanghai',
    ],
    [
      'quoted TZID',
      [
        'DTSTART;TZID="Pacific Standard Time":20261209T100000',
        'DTEND;TZID="Pacific Standard Time":20261209T110000',
      ],
      '2026-12-09T18:00:00.000Z',
      '2026-12-09T19:00:00.000Z',
      'America/Los_Angeles',
    ],
    [
      'IANA TZID',
      ['DTSTART;TZID=Europe/Berlin:20260701T090000', 'DTEND;TZID=Europe/Berlin:20260701T093000'],
      '2026-07-01T07:00:00.000Z',
      '2026-07-01T07:30:00.000Z',
      'Europe/Berlin',
    ],
    [
      'trailing Z: UTC, policy zone is local',
      ['DTSTART:20261207T010000Z', 'DTEND:20261207T020000Z'],
      '2026-12-07T01:00:00.000Z',
      '2026-12-07T02:00:00.000Z',
      'Asia/Shanghai',
    ],
    [
      'floating: policy zone',
      ['DTSTART:20261207T090000', 'DTEND:20261207T100000'],
      '2026-12-07T01:00:00.000Z',
      '2026-12-07T02:00:00.000Z',
      'Asia/Shanghai',
    ],
    [
      'TZID=UTC: policy zone is local',
      ['DTSTART;TZID=UTC:20261207T010000', 'DTEND;TZID=UTC:20261207T020000'],
      '2026-12-07T01:00:00.000Z',
      '2026-12-07T02:00:00.000Z',
      'Asia/Shanghai',
    ],
    [
      'DURATION instead of DTEND',
      ['DTSTART;TZID=China Standard Time:20261207T090000', 'DURATION:PT1H30M'],
      '2026-12-07T01:00:00.000Z',
      '2026-12-07T02:30:00.000Z',
      'Asia/Shanghai',
    ],
    [
      'no end: zero length',
      ['DTSTART;TZID=China Standard Time:20261207T090000'],
      '2026-12-07T01:00:00.000Z',
      '2026-12-07T01:00:00.000Z',
      'Asia/Shanghai',
    ],
    [
      'DST gap in Los Angeles moves forward',
      [
        'DTSTART;TZID=Pacific Standard Time:20260308T023000',
        'DTEND;TZID=Pacific Standard Time:20260308T040000',
      ],
      '2026-03-08T10:30:00.000Z',
      '2026-03-08T11:00:00.000Z',
      'America/Los_Angeles',
    ],
    [
      'Chatham summer +13:45',
      [
        'DTSTART;TZID=Chatham Islands Standard Time:20260110T090000',
        'DTEND;TZID=Chatham Islands Standard Time:20260110T100000',
      ],
      '2026-01-09T19:15:00.000Z',
      '2026-01-09T20:15:00.000Z',
      'Pacific/Chatham',
    ],
  ])('%s', (_name, lines, start, end, zone) => {
    const invite = one(cal(['UID:x', ...lines]));
    expect([invite.start, invite.end, invite.timeZone]).toEqual([start, end, zone]);
    expect(invite.isAllDay).toBe(false);
  });

  it('VALUE=DATE is all-day', () => {
    const invite = one(cal(['DTSTART;VALUE=DATE:20261207', 'DTEND;VALUE=DATE:20261208']));
    expect(invite.isAllDay).toBe(true);
    expect([invite.start, invite.end]).toEqual(['2026-12-06T16:00:00.000Z', '2026-12-07T16:00:00.000Z']);
    expect(one(cal(['DTSTART;VALUE=DATE:20261207'])).end).toBe('2026-12-07T16:00:00.000Z');
  });

  it('maps a Windows or IANA TZID by name, whatever its VTIMEZONE says', () => {
    const text = cal(timed).replace(
      'BEGIN:VEVENT',
      [
        'BEGIN:VTIMEZONE',
        'TZID:Pacific Standard Time',
        'BEGIN:STANDARD',
        'DTSTART:16010101T000000',
        'TZOFFSETFROM:+0500',
        'TZOFFSETTO:+0500',
        'END:STANDARD',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
      ].join('\r\n'),
    );
    expect(one(text).start).toBe('2026-12-09T18:00:00.000Z');
  });

  const withZone = (zoneLines: string[], ...eventLines: string[][]) =>
    cal(...eventLines).replace('BEGIN:VEVENT', [...zoneLines, 'BEGIN:VEVENT'].join('\r\n'));
  // RFC 5545 section 3.6.5's example, as ical.net's test files carry it.
  const US_EASTERN = [
    'BEGIN:VTIMEZONE',
    'TZID:US-Eastern',
    'BEGIN:STANDARD',
    'DTSTART:19671029T020000',
    'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
    'TZOFFSETFROM:-0400',
    'TZOFFSETTO:-0500',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:19870405T020000',
    'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4',
    'TZOFFSETFROM:-0500',
    'TZOFFSETTO:-0400',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];

  it('reads a TZID that only the file defines from its VTIMEZONE rules, DST included', () => {
    const text = withZone(
      US_EASTERN,
      ['UID:a', 'DTSTART;TZID=US-Eastern:20050701T090000', 'DTEND;TZID=US-Eastern:20050701T100000'],
      ['UID:b', 'DTSTART;TZID="US-Eastern":20051201T090000', 'DURATION:PT1H'],
    );
    const r = readIcs(text, opts);
    if (!r.ok) throw new Error(r.error.message);
    expect(
      r.value.map((i) => [i.start, i.end, toLocal(i.start, i.timeZone).weekday, zoneLabel(i.timeZone)]),
    ).toEqual([
      ['2005-07-01T13:00:00.000Z', '2005-07-01T14:00:00.000Z', 'friday', 'US-Eastern'],
      ['2005-12-01T14:00:00.000Z', '2005-12-01T15:00:00.000Z', 'thursday', 'US-Eastern'],
    ]);
  });

  it('refuses a VTIMEZONE without observances in one line', () => {
    const text = withZone(
      ['BEGIN:VTIMEZONE', 'TZID:Empty Zone', 'END:VTIMEZONE'],
      ['UID:a', 'DTSTART;TZID=Empty Zone:20260701T090000'],
    );
    const r = readIcs(text, opts);
    expect(!r.ok && r.error.message).toBe(
      "time zone 'Empty Zone' has a VTIMEZONE without STANDARD or DAYLIGHT rules",
    );
  });

  it('reads a floating DTEND beside a zoned DTSTART in the start zone', () => {
    const text = withZone(US_EASTERN, [
      'UID:a',
      'DTSTART;TZID=US-Eastern:19970902T090000',
      'DTEND:19970902T100000',
    ]);
    expect([one(text).start, one(text).end]).toEqual([
      '1997-09-02T13:00:00.000Z',
      '1997-09-02T14:00:00.000Z',
    ]);
  });

  it('reads a date written without VALUE=DATE as all-day', () => {
    const invite = one(cal(['UID:a', 'DTSTART:20261207', 'DTEND:20261208']));
    expect([invite.start, invite.isAllDay]).toEqual(['2026-12-06T16:00:00.000Z', true]);
  });
});

describe('readIcs: fields', () => {
  it('reads Outlook text: folded lines, escapes, people, rooms, HTML body, attachments, Teams', () => {
    const text = cal([
      ...timed.filter((l) => !l.startsWith('SUMMARY')),
      'SUMMARY;LANGUAGE=zh-cn:Q3协调会(市场\\, 研发\\; 供应链)',
      'DESCRIPTION:会议目标：确定Q3发布计划\\n议程：\\n14:00-14:10 需求对齐(市场部经理\\,20分钟\\,输出《需求优先级共识表》)\\n预读：https://x.exa',
      ' mple/doc',
      'X-ALT-DESC;FMTTYPE=text/html:<html><body><p>会议目标：确定Q3发布计划</p><p>议程\\, 见下</p><a href="https://x.example/doc">doc</a></body></html>',
      'LOCATION:3F-301会议室\\, 总部',
      'ORGANIZER;CN="Li, Gong":mailto:li@contoso.com',
      'ATTENDEE;CN=王芳;ROLE=REQ-PARTICIPANT:mailto:wang@contoso.com',
      'ATTENDEE;CN=陈静;ROLE=OPT-PARTICIPANT:mailto:chen@contoso.com',
      'ATTENDEE;CN=Room 301;CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:room@contoso.com',
      'ATTENDEE;CUTYPE=RESOURCE:mailto:projector@contoso.com',
      'ATTENDEE;ROLE=NON-PARTICIPANT:mailto:fyi@contoso.com',
      'ATTACH;FMTTYPE=application/pdf;X-FILENAME=brief.pdf;ENCODING=BASE64;VALUE=BINARY:QUJDRA==',
      'ATTACH:https://contoso.sharepoint.com/sites/a/Shared%20Documents/plan%20v2.pptx',
      'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting',
    ]);
    const invite = one(text);
    expect(invite.subject).toBe('Q3协调会(市场, 研发; 供应链)');
    expect(invite.body).toEqual({
      text: '会议目标：确定Q3发布计划\n议程, 见下\ndoc',
      links: ['https://x.example/doc'],
    });
    expect(invite.location).toBe('3F-301会议室, 总部');
    expect(invite.organizer).toEqual({ email: 'li@contoso.com', name: 'Li, Gong', role: 'organizer' });
    expect(invite.attendees.map((a) => [a.email, a.role])).toEqual([
      ['wang@contoso.com', 'required'],
      ['chen@contoso.com', 'optional'],
      ['room@contoso.com', 'resource'],
      ['projector@contoso.com', 'resource'],
      ['fyi@contoso.com', 'optional'],
    ]);
    expect(invite.attachments).toEqual([{ name: 'brief.pdf', size: 4 }, { name: 'plan v2.pptx' }]);
    expect(invite.isOnline).toBe(true);
    expect(invite.onlineJoinUrl).toBe('https://teams.microsoft.com/l/meetup-join/19%3ameeting');
    expect(invite.id).toBe('u1');
  });

  it('plain DESCRIPTION when there is no HTML: unfolded, unescaped, URLs stay in text', () => {
    const invite = one(
      cal([
        ...timed,
        'DESCRIPTION:议程：\\n14:00-14:10 需求对齐(市场部经理\\,20分钟)\\n预读：https://x.exa',
        ' mple/doc',
      ]),
    );
    expect(invite.body).toEqual({
      text: '议程：\n14:00-14:10 需求对齐(市场部经理,20分钟)\n预读：https://x.example/doc',
      links: [],
    });
  });

  it.each([
    ['STATUS:CANCELLED', cal([...timed, 'STATUS:CANCELLED'])],
    ['METHOD:CANCEL', cal(timed).replace('VERSION:2.0', 'VERSION:2.0\r\nMETHOD:CANCEL')],
    [
      'METHOD:CANCEL with a trailing blank',
      cal(timed).replace('VERSION:2.0', 'VERSION:2.0\r\nMETHOD:CANCEL '),
    ],
    ['lower-case status', cal([...timed, 'STATUS:cancelled'])],
  ])('%s is cancelled', (_name, text) => {
    expect(one(text).isCancelled).toBe(true);
  });

  // An iTIP CANCEL (RFC 5546) need not repeat the meeting's times; this one is shaped like the RFC's
  // "cancel a meeting" example, which has no DTSTART.
  const itipCancel = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Example/ExampleCalendarClient//EN',
    'METHOD:CANCEL',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'ORGANIZER:mailto:a@example.com',
    ...['a', 'b', 'c', 'd'].map(
      (x) => `ATTENDEE;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL:mailto:${x}@example.com`,
    ),
    "COMMENT:Mr. B cannot attend. It's raining. Lets cancel.",
    'UID:calsrv.example.com-873970198738777@example.com',
    'SEQUENCE:1',
    'STATUS:CANCELLED',
    'DTSTAMP:19970613T190000Z',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it.each([
    ['an iTIP CANCEL without DTSTART', itipCancel, '1997-06-13T19:00:00.000Z'],
    [
      'STATUS:CANCELLED in a zone defined nowhere',
      cal([
        'UID:x',
        'STATUS:CANCELLED',
        'DTSTAMP:20261201T000000Z',
        'DTSTART;TZID=Mars Standard Time:20261210T090000',
      ]),
      '2026-12-01T00:00:00.000Z',
    ],
    [
      'METHOD:CANCEL with an unparseable DTSTART and no DTSTAMP',
      cal(['UID:x', 'DTSTART:soon']).replace('VERSION:2.0', 'VERSION:2.0\r\nMETHOD:CANCEL'),
      '1970-01-01T00:00:00.000Z',
    ],
  ])('%s is read as cancelled, not refused', (_name, text, at) => {
    const invite = one(text);
    expect([invite.isCancelled, invite.start, invite.end]).toEqual([true, at, at]);
  });

  it.each([
    ['BYDAY', 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE', ['monday', 'wednesday']],
    ['single BYDAY', 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', ['friday']],
    ['no BYDAY: DTSTART weekday', 'RRULE:FREQ=WEEKLY;COUNT=10', ['wednesday']],
    ['monthly ordinal BYDAY', 'RRULE:FREQ=MONTHLY;BYDAY=1MO', ['monday']],
    [
      'daily',
      'RRULE:FREQ=DAILY',
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    ],
    [
      'daily on weekdays',
      'RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    ],
  ])('recurrence %s', (_name, rrule, days) => {
    expect(one(cal([...timed, rrule])).recurrence).toEqual({ daysOfWeek: days });
  });

  it('skips RECURRENCE-ID exceptions of a series in the file, keeps orphans', () => {
    const series = [...timed, 'RRULE:FREQ=WEEKLY;BYDAY=WE'];
    const exception = [
      'UID:u1',
      'RECURRENCE-ID;TZID=Pacific Standard Time:20261216T100000',
      'SUMMARY:Moved',
      'DTSTART;TZID=Pacific Standard Time:20261217T100000',
      'DTEND;TZID=Pacific Standard Time:20261217T110000',
    ];
    const both = readIcs(cal(series, exception), opts);
    expect(both.ok && both.value.map((i) => i.subject)).toEqual(['Plan']);
    const orphan = readIcs(cal(exception), opts);
    expect(orphan.ok && orphan.value.map((i) => i.subject)).toEqual(['Moved']);
  });

  it('reads several events and skips other components', () => {
    const text = cal(timed, [
      'UID:u2',
      'SUMMARY:Second',
      'DTSTART:20261210T010000Z',
      'DTEND:20261210T020000Z',
    ]).replace(
      'END:VCALENDAR',
      'BEGIN:VJOURNAL\r\nSUMMARY:a journal entry, not a meeting\r\nEND:VJOURNAL\r\nEND:VCALENDAR',
    );
    const r = readIcs(text, opts);
    expect(r.ok && r.value.map((i) => i.subject)).toEqual(['Plan', 'Second']);
  });
});

describe('readIcs: errors', () => {
  it.each([
    ['not iCalendar', 'hello', /^iCalendar does not parse/],
    ['no VEVENT', cal(), /^no event in it \(the calendar holds no component at all\)$/],
    [
      'only a to-do and a zone',
      cal().replace(
        'END:VCALENDAR',
        'BEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\nBEGIN:VTIMEZONE\r\nTZID:X\r\nEND:VTIMEZONE\r\nEND:VCALENDAR',
      ),
      /^no event in it \(the calendar holds only VTODO, VTIMEZONE\)$/,
    ],
    [
      'a bare VEVENT',
      'BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261210T010000Z\r\nEND:VEVENT\r\n',
      /^no VCALENDAR in it \(a bare VEVENT, with no BEGIN:VCALENDAR around it\)$/,
    ],
    [
      'a BEGIN: never ended',
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n',
      /^iCalendar does not parse \(a BEGIN:VCALENDAR without its END:\)$/,
    ],
    [
      'a property written with "=" (python icalendar timezone_rdate)',
      cal(['UID:x', 'DTSTART:20261210T010000Z', 'SUMMARY=testevent']),
      /^iCalendar does not parse \(line "SUMMARY=testevent" has no ":" between name and value\)$/,
    ],
    [
      'the value inside the TZID quotes (node-ical ms_timezones)',
      cal(['UID:x', 'DTSTART;TZID="W. Europe Standard Time:20200609T090000"']),
      /^iCalendar does not parse \(line 'DTSTART;TZID="W. Europe Standard Time:20200609T090000"' has no ":" outside quotes, so no value\)$/,
    ],
    [
      'RFC 7529 non-Gregorian recurrence',
      cal(['UID:x', 'DTSTART;VALUE=DATE:20130906', 'RRULE:RSCALE=ETHIOPIC;FREQ=MONTHLY;BYMONTH=13']),
      /^an event recurs in a non-Gregorian calendar \(RRULE RSCALE=ETHIOPIC; RFC 7529\), which is not supported$/,
    ],
    ['no DTSTART', cal(['UID:x', 'DTEND:20261210T020000Z']), /^event has no DTSTART$/],
    ['bad DTSTART', cal(['UID:x', 'DTSTART:tomorrow']), /DTSTART|does not parse/],
    // ical.js hands these over as 'INVA-LI-D-TAT:E:', '1234--T::' and 'Next- Y-ea'.
    [
      'DTSTART:INVALID-DATE',
      cal(['UID:x', 'DTSTART:INVALID-DATE']),
      /^event has an unparseable DTSTART 'INVALID-DATE'$/,
    ],
    ['DTSTART:1234', cal(['UID:x', 'DTSTART:1234']), /^event has an unparseable DTSTART '1234'$/],
    [
      'DTSTART;VALUE=DATE:Next Year',
      cal(['UID:x', 'DTSTART;VALUE=DATE:Next Year']),
      /^event has an unparseable DTSTART 'Next Year'$/,
    ],
    [
      'bad DTEND date',
      cal(['UID:x', 'DTSTART:20261210T010000Z', 'DTEND:20261340T020000Z']),
      /DTEND|does not parse/,
    ],
    ['bad DURATION', cal(['UID:x', 'DTSTART:20261210T010000Z', 'DURATION:soon']), /DURATION|does not parse/],
    [
      'unknown zone',
      cal([
        'UID:x',
        'DTSTART;TZID=Mars Standard Time:20261210T090000',
        'DTEND;TZID=Mars Standard Time:20261210T100000',
      ]),
      /^unknown time zone 'Mars Standard Time': not an IANA or Windows name, and no VTIMEZONE in the file defines it$/,
    ],
    [
      'end before start',
      cal(['UID:x', 'DTSTART:20261210T010000Z', 'DTEND:20261210T000000Z']),
      /^event ends before it starts \(DTSTART 2026-12-10T01:00:00.000Z, end 2026-12-10T00:00:00.000Z\)$/,
    ],
    ['second event broken', cal(timed, ['UID:y', 'SUMMARY:b']), /^event 2 has no DTSTART$/],
    [
      'parameter flood (ical.js would take quadratic time)',
      cal([...timed, `X-FLOOD${';X-P=v'.repeat(20_000)}:x`]),
      /^iCalendar line 9 has more than 100 parameters$/,
    ],
  ])('%s', (_name, text, message) => {
    const r = readIcs(text, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(message);
      expect(r.error.message).not.toMatch(/\n/);
    }
  });

  it('reads a calendar followed by a note after END:VCALENDAR (Podio exports)', () => {
    expect(one(`${cal(timed)}X-COMMENT:Cached from 2022-02-20 14:28:21\r\n`).subject).toBe('Plan');
  });

  it("names a line outside every component in one line instead of ical.js' TypeError", () => {
    const r = readIcs('END:VEVENT\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', opts);
    expect(!r.ok && r.error.message).toBe(
      'iCalendar does not parse (a line outside BEGIN:/END:, or an END: without its BEGIN:)',
    );
    const garbage = readIcs('BEGIN:\nEND:\u2028VT\nIOEE', opts);
    expect(!garbage.ok && garbage.error.message).toMatch(/^iCalendar does not parse \((?!Cannot read)/);
  });

  it('always answers a Result for ics-ish text', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'BEGIN:VCALENDAR',
        'END:VCALENDAR',
        'BEGIN:VEVENT',
        'END:VEVENT',
        'BEGIN:VTIMEZONE',
        'END:VTIMEZONE',
        'DTSTART:20261210T010000Z',
        'DTEND;TZID=China Standard Time:20261210T100000',
        'DTSTART;VALUE=DATE:20261210',
        'RRULE:FREQ=WEEKLY;BYDAY=MO',
        'RRULE:FREQ=;BYDAY=XX',
        'DURATION:PT1H',
        'X-ALT-DESC;FMTTYPE=text/html:<p>a',
        'ATTACH:',
        'ATTENDEE;CUTYPE=ROOM:',
        'RECURRENCE-ID:20261210T010000Z',
        'UID:a',
        ' folded',
        'STATUS:CANCELLED',
      ),
      fc.string({ maxLength: 30 }).map((s) => `X-${s}`),
      fc
        .tuple(
          fc.constantFrom(
            'DTSTART',
            'DTEND',
            'DURATION',
            'RRULE',
            'SUMMARY',
            'ATTENDEE',
            'ORGANIZER',
            'DESCRIPTION',
            'ATTACH',
          ),
          fc.string({ maxLength: 20 }),
        )
        .map(([k, v]) => `${k}:${v}`),
      fc
        .tuple(
          fc.constantFrom('DTSTART;TZID=', 'DTEND;TZID=', 'ATTENDEE;CN='),
          fc.string({ maxLength: 20 }),
          fc.string({ maxLength: 20 }),
        )
        .map(([k, p, v]) => `${k}${p}:${v}`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const r = readIcs(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n'), opts);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it('always answers a Result for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(typeof readIcs(s, opts).ok).toBe('boolean');
        expect(typeof readIcs(`BEGIN:VCALENDAR\r\n${s}`, opts).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
