import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalizeText';
import { splitLines } from './splitLines';

describe('normalizeText', () => {
  it.each<[string, string]>([
    ['会议目标：确定', '会议目标:确定'],
    ['（市场部经理，20分钟）', '(市场部经理,20分钟)'],
    ['14：00－14：10', '14:00-14:10'],
    ['9:00～9:30', '9:00~9:30'],
    ['9:00〜9:30', '9:00~9:30'],
    ['a—b–c', 'a-b-c'],
    ['１４：００', '14:00'],
    ['Ａｇｅｎｄａ', 'Agenda'],
    ['a\u3000b\u00a0c', 'a b c'],
    ['；', ';'],
    ['《需求优先级共识表》、', '《需求优先级共识表》、'],
    ['plain ASCII', 'plain ASCII'],
    ['', ''],
  ])('%s → %s', (input, want) => {
    expect(normalizeText(input)).toBe(want);
  });

  it('keeps the length, so indexes map back to the original', () => {
    const s = '会议目标：确定（Q3）—１４：００～';
    expect(normalizeText(s)).toHaveLength(s.length);
  });
});

describe('splitLines', () => {
  it('splits on LF, CRLF, CR and Unicode separators', () => {
    expect(splitLines('a\nb\r\nc\rd\u2028e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
