import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { RULE_IDS } from './model/Finding';
import type { Invite, Person } from './model/Invite';
import { DEFAULT_POLICY, type Policy } from './model/Policy';
import { WEEKDAYS } from './model/Weekday';

const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Europe/London', 'Pacific/Chatham', 'Asia/Kolkata', 'China Standard Time', 'Mars/Olympus', ''];
const INSTANTS = [
  '2026-12-07T02:00:00.000Z',
  '2026-12-11T06:30:00.000Z',
  '2026-03-08T09:59:00.000Z',
  '2026-11-01T08:30:00.000Z',
  '2026-12-31T23:30:00.000Z',
  '1970-01-01T00:00:00.000Z',
  'not a date',
  '',
];
// Text that exercises the parsers: agenda, goal and type words, full-width punctuation, URLs.
const PIECES = ['议程：', '会议目标：', 'Goal: ', 'Agenda:\n', '14:00-14:10', '14：00－14：10', '(', ')', '（', '，', '20分钟', '10 min', '输出《表》', '→', ' - ', '\t', '\n', '\n\n', '- ', '1. ', 'https://x.example/a', 'teams.microsoft.com/l/meetup-join/', '休息', '决策型', 'Type: FYI', '负责人：', ';'];
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join('')), fc.string({ unit: 'grapheme', maxLength: 100 }));

const person = fc.record<Person>({ email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 20 })), name: fc.string({ maxLength: 20 }), role: fc.constantFrom('organizer', 'required', 'optional', 'resource') });

const invite: fc.Arbitrary<Invite> = fc.record({
  source: fc.string({ maxLength: 10 }),
  subject: text,
  start: fc.constantFrom(...INSTANTS),
  end: fc.constantFrom(...INSTANTS),
  timeZone: fc.constantFrom(...ZONES),
  isAllDay: fc.boolean(),
  isCancelled: fc.boolean(),
  organizer: fc.option(person, { nil: undefined }),
  attendees: fc.array(person, { maxLength: 15 }),
  location: text,
  isOnline: fc.boolean(),
  onlineJoinUrl: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
  body: fc.record({ text, links: fc.array(fc.oneof(fc.webUrl(), fc.string({ maxLength: 30 })), { maxLength: 4 }) }),
  attachments: fc.array(fc.record({ name: fc.string({ maxLength: 10 }), isInline: fc.boolean() }), { maxLength: 2 }),
  recurrence: fc.option(fc.record({ daysOfWeek: fc.subarray([...WEEKDAYS]) }), { nil: undefined }),
});

const policy: fc.Arbitrary<Policy> = fc.record({
  timeZone: fc.constantFrom('UTC', 'Asia/Shanghai', 'America/New_York'),
  blockedSlots: fc.constant(DEFAULT_POLICY.blockedSlots),
  minNoticeWorkingDays: fc.integer({ min: 0, max: 30 }),
  holidays: fc.array(fc.constantFrom('2026-12-07', '2026-12-08', '2026-10-01'), { maxLength: 3 }),
  extraWorkdays: fc.array(fc.constantFrom('2026-12-05', '2026-12-06'), { maxLength: 2 }),
  maxAttendees: fc.integer({ min: 1, max: 20 }),
  groupMeetingMinPeople: fc.integer({ min: 1, max: 5 }),
  standardDurations: fc.array(fc.integer({ min: 1, max: 240 }), { maxLength: 4 }),
  breakAfterMinutes: fc.integer({ min: 0, max: 240 }),
  rules: fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom('off', 'info', 'warn', 'block') as fc.Arbitrary<'off' | 'info' | 'warn' | 'block'>),
});

const now = fc.constantFrom(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-07T03:00:00Z'), new Date(Number.NaN));
const RANK = { block: 0, warn: 1, info: 2 };

describe('evaluate (property)', () => {
  it('never throws, is deterministic, sorts findings and blocks exactly on a block finding', () => {
    fc.assert(
      fc.property(invite, policy, now, fc.constantFrom('en-US', 'zh-CN') as fc.Arbitrary<'en-US' | 'zh-CN'>, (inv, pol, clock, lang) => {
        const a = evaluate(inv, pol, clock, { lang });
        const b = evaluate(inv, pol, clock, { lang });
        expect(b).toEqual(a);
        expect(a.blocked).toBe(a.findings.some((f) => f.severity === 'block'));
        for (let i = 1; i < a.findings.length; i++) {
          const [p, q] = [a.findings[i - 1], a.findings[i]];
          if (!p || !q) continue;
          const key = (f: typeof p) => RANK[f.severity] * 100 + RULE_IDS.indexOf(f.rule);
          expect(key(p)).toBeLessThanOrEqual(key(q));
        }
        for (const f of a.findings) {
          expect(pol.rules[f.rule]).not.toBe('off');
          expect(f.message.trim()).not.toBe('');
        }
        if (a.scope === 'skipped') expect(a.findings).toEqual([]);
        if (a.scope === 'one-on-one') expect(a.findings.every((f) => f.rule === 'slot.blocked')).toBe(true);
      }),
      { numRuns: 600 },
    );
  });
});
