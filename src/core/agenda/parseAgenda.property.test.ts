import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGoal } from './findGoal';
import { findMeetingType } from './findMeetingType';
import { parseAgenda } from './parseAgenda';

const PIECES = [
  '议程',
  '会议议程：',
  'Agenda:',
  '目标：',
  'Goal',
  '\n',
  '\r\n',
  '\t',
  '14:00-14:10',
  '9：00～9：30',
  '24:00',
  '99:99-00:00',
  '(',
  ')',
  '（',
  '）',
  '[',
  ']',
  '《',
  '》',
  '，',
  ',',
  '、',
  ';',
  '；',
  ' - ',
  '—',
  '->',
  '→',
  '20分钟',
  '1.5h',
  "10'",
  '负责人：',
  'Owner:',
  '输出',
  'Output ',
  '休息',
  '决策',
  '同步',
  '1. ',
  '- ',
  '一、',
  '【',
  '】',
  '**',
  '#',
  ' ',
  '\u3000',
];
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')),
);

describe('agenda parsers (property)', () => {
  it('parseAgenda, findGoal and findMeetingType never throw and are deterministic', () => {
    fc.assert(
      fc.property(text, (t) => {
        const items = parseAgenda(t);
        expect(parseAgenda(t)).toEqual(items);
        for (const item of items) {
          expect(['info', 'discuss', 'decide', 'break']).toContain(item.kind);
          expect(typeof item.title).toBe('string');
          if (item.clock) {
            expect(item.clock.start).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d|24:00$/);
            expect(item.clock.end).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d|24:00$/);
          }
          if (item.minutes !== undefined) expect(Number.isFinite(item.minutes)).toBe(true);
        }
        const goal = findGoal(t);
        if (goal) expect(t).toContain(goal.text);
        findMeetingType(t);
      }),
      { numRuns: 1000 },
    );
  });

  it('survives non-string input from untyped callers', () => {
    expect(parseAgenda(undefined as unknown as string)).toEqual([]);
    expect(findGoal(null as unknown as string)).toBeNull();
    expect(findMeetingType(42 as unknown as string)).toBeNull();
  });
});
