import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readGraphEvents } from './readGraphEvents';

const opts = { source: 'event.json', defaultTimeZone: 'Asia/Shanghai' };
const base = {
  subject: 'Q3 planning',
  start: { dateTime: '2026-12-09T10:00:00.0000000', timeZone: 'Pacific Standard Time' },
  end: { dateTime: '2026-12-09T11:00:00.0000000', timeZone: 'Pacific Standard Time' },
};
const read = (event: unknown, o = opts) => readGraphEvents(JSON.stringify(event), o);
const one = (event: unknown, o = opts) => {
  const r = read(event, o);
  if (!r.ok) throw new Error(r.error.message);
  expect(r.value).toHaveLength(1);
  return r.value[0]!;
};

describe('readGraphEvents: zones', () => {
  it.each([
    ['start.timeZone (Windows name)', {}, '2026-12-09T18:00:00.000Z', 'America/Los_Angeles'],
    [
      'originalStartTimeZone wins over start.timeZone',
      {
        originalStartTimeZone: 'China Standard Time',
        start: { dateTime: '2026-12-09T18:00:00.0000000', timeZone: 'UTC' },
        end: { dateTime: '2026-12-09T19:00:00.0000000', timeZone: 'UTC' },
      },
      '2026-12-09T18:00:00.000Z',
      'Asia/Shanghai',
    ],
    [
      'originalStartTimeZone UTC falls through to start.timeZone',
      { originalStartTimeZone: 'UTC' },
      '2026-12-09T18:00:00.000Z',
      'America/Los_Angeles',
    ],
    [
      'everything UTC → policy zone',
      {
        originalStartTimeZone: 'tzone://Microsoft/Utc',
        start: { dateTime: '2026-12-09T01:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-12-09T02:00:00', timeZone: 'UTC' },
      },
      '2026-12-09T01:00:00.000Z',
      'Asia/Shanghai',
    ],
    [
      'custom zone ignored',
      { originalStartTimeZone: 'tzone://Microsoft/Custom' },
      '2026-12-09T18:00:00.000Z',
      'America/Los_Angeles',
    ],
    [
      'no timeZone: wall time in the policy zone',
      { start: { dateTime: '2026-12-09T09:00:00' }, end: { dateTime: '2026-12-09T10:00:00' } },
      '2026-12-09T01:00:00.000Z',
      'Asia/Shanghai',
    ],
    [
      'dateTime with its own offset is that instant',
      {
        start: { dateTime: '2026-12-09T09:00:00+08:00', timeZone: 'Pacific Standard Time' },
        end: { dateTime: '2026-12-09T10:00:00+08:00' },
      },
      '2026-12-09T01:00:00.000Z',
      'America/Los_Angeles',
    ],
    [
      'IANA names',
      {
        start: { dateTime: '2026-07-01T09:00:00', timeZone: 'Europe/London' },
        end: { dateTime: '2026-07-01T10:00:00', timeZone: 'Europe/London' },
      },
      '2026-07-01T08:00:00.000Z',
      'Europe/London',
    ],
    [
      'start and end in different zones',
      {
        start: { dateTime: '2026-12-09T09:00:00', timeZone: 'China Standard Time' },
        end: { dateTime: '2026-12-09T02:00:00', timeZone: 'UTC' },
      },
      '2026-12-09T01:00:00.000Z',
      'Asia/Shanghai',
    ],
  ])('%s', (_name, patch, start, zone) => {
    const invite = one({ ...base, ...patch });
    expect(invite.start).toBe(start);
    expect(invite.timeZone).toBe(zone);
  });

  it('converts end in its own zone', () => {
    const invite = one({ ...base, end: { dateTime: '2026-12-09T19:30:00', timeZone: 'UTC' } });
    expect(invite.end).toBe('2026-12-09T19:30:00.000Z');
  });
});

describe('readGraphEvents: fields', () => {
  it('reads people, location, online meeting, body, attachments, id', () => {
    const invite = one({
      ...base,
      id: 'AAMk1',
      organizer: { emailAddress: { name: 'Dana', address: 'dana@contoso.com' } },
      attendees: [
        { type: 'required', emailAddress: { name: 'Priya', address: 'priya@contoso.com' } },
        { type: 'Optional', emailAddress: { address: 'ken@contoso.com' } },
        { type: 'resource', emailAddress: { name: 'Room 301', address: 'room@contoso.com' } },
        { emailAddress: { name: 'No type' } },
        { type: 'required' },
        'junk',
      ],
      location: { displayName: '' },
      locations: [{ displayName: 'Room 301' }, { displayName: 'Teams' }, {}],
      onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' },
      body: { contentType: 'HTML', content: '<p>Goal: decide</p><a href="https://x.example/doc">doc</a>' },
      attachments: [
        { name: 'brief.pdf', size: 1234, isInline: false },
        { name: 'logo.png', isInline: true },
      ],
    });
    expect(invite.id).toBe('AAMk1');
    expect(invite.organizer).toEqual({ email: 'dana@contoso.com', name: 'Dana', role: 'organizer' });
    expect(invite.attendees).toEqual([
      { email: 'priya@contoso.com', name: 'Priya', role: 'required' },
      { email: 'ken@contoso.com', role: 'optional' },
      { email: 'room@contoso.com', name: 'Room 301', role: 'resource' },
      { email: '', name: 'No type', role: 'required' },
    ]);
    expect(invite.location).toBe('Room 301; Teams');
    expect(invite.isOnline).toBe(true);
    expect(invite.onlineJoinUrl).toBe('https://teams.microsoft.com/l/meetup-join/x');
    expect(invite.body).toEqual({ text: 'Goal: decide\ndoc', links: ['https://x.example/doc'] });
    expect(invite.attachments).toEqual([
      { name: 'brief.pdf', size: 1234, isInline: false },
      { name: 'logo.png', isInline: true },
    ]);
    expect(invite.recurrence).toBeUndefined();
  });

  it.each([
    [{ isOnlineMeeting: true }, true, undefined],
    [{ onlineMeetingUrl: 'https://zoom.us/j/1' }, true, 'https://zoom.us/j/1'],
    [{ isOnlineMeeting: false, onlineMeeting: null }, false, undefined],
    [{}, false, undefined],
  ])('online %j', (patch, online, url) => {
    const invite = one({ ...base, ...patch });
    expect(invite.isOnline).toBe(online);
    expect(invite.onlineJoinUrl).toBe(url);
  });

  it('hasAttachments without a list is one unnamed attachment', () => {
    expect(one({ ...base, hasAttachments: true }).attachments).toEqual([{ name: '' }]);
    expect(one({ ...base, hasAttachments: false }).attachments).toEqual([]);
  });

  it('plain text body, bodyPreview fallback, flags', () => {
    const invite = one({
      ...base,
      body: { contentType: 'text', content: 'Goal: x\r\nAgenda' },
      isAllDay: true,
      isCancelled: true,
    });
    expect(invite.body.text).toBe('Goal: x\nAgenda');
    expect(invite.isAllDay).toBe(true);
    expect(invite.isCancelled).toBe(true);
    expect(one({ ...base, bodyPreview: 'preview' }).body.text).toBe('preview');
  });

  it.each([
    [
      'weekly MO,WE',
      { type: 'weekly', interval: 1, daysOfWeek: ['monday', 'wednesday'] },
      ['monday', 'wednesday'],
    ],
    ['weekly, capitalised days', { type: 'weekly', daysOfWeek: ['Friday', 'Monday'] }, ['monday', 'friday']],
    ['weekly without days → start weekday', { type: 'weekly', interval: 2 }, ['wednesday']],
    [
      'daily → every day',
      { type: 'daily', interval: 1 },
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    ],
    ['daily every 14 days → start weekday', { type: 'daily', interval: 14 }, ['wednesday']],
    [
      'relative monthly first Monday',
      { type: 'relativeMonthly', daysOfWeek: ['monday'], index: 'first' },
      ['monday'],
    ],
    ['absolute monthly → start weekday', { type: 'absoluteMonthly', dayOfMonth: 9 }, ['wednesday']],
  ])('recurrence %s', (_name, pattern, days) => {
    expect(one({ ...base, recurrence: { pattern, range: { type: 'noEnd' } } }).recurrence).toEqual({
      daysOfWeek: days,
    });
  });

  it('recurrence weekday is the local one, not UTC', () => {
    // 09:00 Monday in Shanghai is Sunday in UTC.
    const invite = one({
      subject: 's',
      start: { dateTime: '2026-12-07T01:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-07T02:00:00', timeZone: 'UTC' },
      originalStartTimeZone: 'China Standard Time',
      recurrence: { pattern: { type: 'weekly' } },
    });
    expect(invite.recurrence).toEqual({ daysOfWeek: ['monday'] });
  });

  it('reads {"value": [...]} and bare arrays in order', () => {
    const list = {
      value: [
        { ...base, subject: 'a' },
        { ...base, subject: 'b' },
      ],
    };
    const r = read(list);
    expect(r.ok && r.value.map((i) => i.subject)).toEqual(['a', 'b']);
    const arr = read([{ ...base, subject: 'c' }]);
    expect(arr.ok && arr.value.map((i) => i.source)).toEqual(['event.json']);
  });
});

describe('readGraphEvents: errors', () => {
  it.each([
    ['not JSON', '{"subject": ', /^not valid JSON/],
    ['a number', '42', /^expected a Graph event object/],
    ['empty list', '{"value": []}', /^no event in it$/],
    ['no start', JSON.stringify({ subject: 'x', end: base.end }), /^event has no start$/],
    ['no end', JSON.stringify({ subject: 'x', start: base.start }), /^event has no end$/],
    [
      'second event has no start',
      JSON.stringify({ value: [base, { subject: 'x', end: base.end }] }),
      /^event 2 has no start$/,
    ],
    [
      'unparseable start',
      JSON.stringify({ ...base, start: { dateTime: 'next tuesday', timeZone: 'UTC' } }),
      /^event has an unparseable start "next tuesday"$/,
    ],
    [
      'impossible date',
      JSON.stringify({ ...base, start: { dateTime: '2026-02-30T09:00:00', timeZone: 'UTC' } }),
      /unparseable start/,
    ],
    [
      'numeric start',
      JSON.stringify({ ...base, start: { dateTime: 20261209, timeZone: 'UTC' } }),
      /unparseable start 20261209/,
    ],
    [
      'unknown zone',
      JSON.stringify({ ...base, start: { dateTime: '2026-12-09T10:00:00', timeZone: 'Mars Standard Time' } }),
      /unknown time zone 'Mars Standard Time'/,
    ],
    [
      'unknown original zone',
      JSON.stringify({ ...base, originalStartTimeZone: 'Mars Standard Time' }),
      /unknown time zone 'Mars Standard Time'/,
    ],
    [
      'end before start',
      JSON.stringify({
        ...base,
        end: { dateTime: '2026-12-09T09:00:00', timeZone: 'Pacific Standard Time' },
      }),
      /^event ends before it starts$/,
    ],
    ['event is a string', JSON.stringify({ value: ['x'] }), /^event is not an object$/],
  ])('%s', (_name, text, message) => {
    const r = readGraphEvents(text, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(message);
      expect(r.error.message).not.toMatch(/\n/);
    }
  });

  it('an unknown policy zone is an error', () => {
    const r = read(base, { source: 'x', defaultTimeZone: 'Nowhere/City' });
    expect(!r.ok && r.error.message).toBe("unknown time zone 'Nowhere/City'");
  });

  it('always answers a Result for arbitrary JSON shapes', () => {
    const shape = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.constantFrom('2026-12-09T10:00:00', 'UTC', 'China Standard Time', 'html', 'weekly', 'monday'),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(
          fc.constantFrom(
            'start',
            'end',
            'dateTime',
            'timeZone',
            'subject',
            'body',
            'content',
            'contentType',
            'attendees',
            'emailAddress',
            'address',
            'type',
            'recurrence',
            'pattern',
            'daysOfWeek',
            'value',
            'location',
            'locations',
            'displayName',
            'originalStartTimeZone',
            'attachments',
            'hasAttachments',
            'onlineMeeting',
            'joinUrl',
            'organizer',
          ),
          tie('value'),
          { maxKeys: 8 },
        ),
      ),
    })).value;
    fc.assert(
      fc.property(shape, (json) => {
        const r = readGraphEvents(JSON.stringify(json) ?? 'undefined', opts);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('a valid event with junk in every other field still reads', () => {
    const junk = fc.anything({
      maxDepth: 3,
      withNullPrototype: false,
      withBigInt: false,
      withDate: false,
      withMap: false,
      withSet: false,
      withTypedArray: false,
      withSparseArray: false,
    });
    const fields = [
      'subject',
      'body',
      'attendees',
      'organizer',
      'location',
      'locations',
      'attachments',
      'hasAttachments',
      'recurrence',
      'onlineMeeting',
      'onlineMeetingUrl',
      'isOnlineMeeting',
      'isAllDay',
      'isCancelled',
      'id',
      'bodyPreview',
    ] as const;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), junk), (patch) => {
        const r = read({ ...patch, start: base.start, end: base.end });
        expect(r.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('always answers a Result for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(typeof readGraphEvents(s, opts).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
