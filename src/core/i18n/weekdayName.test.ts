import { describe, expect, it } from 'vitest';
import { weekdayName } from './weekdayName';

describe('weekdayName', () => {
  it.each([
    ['en-US', 'long', 'Monday'],
    ['en-US', 'short', 'Mon'],
    ['zh-CN', 'long', '周一'],
    ['zh-CN', 'short', '周一'],
  ] as const)('%s %s', (lang, width, name) => {
    expect(weekdayName(lang, 'monday', width)).toBe(name);
  });

  it('names every day distinctly in both widths', () => {
    const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
    for (const lang of ['en-US', 'zh-CN'] as const)
      for (const width of ['long', 'short'] as const)
        expect(new Set(days.map((d) => weekdayName(lang, d, width))).size).toBe(7);
  });
});
