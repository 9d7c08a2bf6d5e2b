import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/Policy';
import { durationNonstandard } from './durationNonstandard';
import { ctxOf } from './testInvite';

describe('duration.nonstandard', () => {
  it.each<[string, string, Partial<Policy>, number]>([
    ['30 min', '14:30', {}, 0],
    ['60 min', '15:00', {}, 0],
    ['90 min', '15:30', {}, 0],
    ['45 min', '14:45', {}, 1],
    ['120 min', '16:00', {}, 1],
    ['25 min', '14:25', {}, 1],
    ['policy [45]', '14:45', { standardDurations: [45] }, 0],
  ])('%s', (_name, to, policy, count) => {
    expect(durationNonstandard(ctxOf({ to }, policy))).toHaveLength(count);
  });

  it('names the length, the standard ones and the nearest', () => {
    expect(durationNonstandard(ctxOf({ to: '14:45' }))[0]).toEqual({
      rule: 'duration.nonstandard',
      message: 'The meeting lasts 45 min; standard lengths are 30, 60, 90 min.',
      evidence: '14:00-14:45',
      fix: 'Make it 30 min.',
    });
    expect(durationNonstandard(ctxOf({ to: '16:00' }, {}, { lang: 'zh-CN' }))[0]?.message).toBe('会议时长120分钟,不是标准时长(30/60/90分钟)。');
  });
});
