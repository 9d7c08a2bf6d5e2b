import { describe, expect, it } from 'vitest';
import { typeMissing } from './typeMissing';
import { ctxOf, type TestInviteSpec } from './testInvite';

describe('type.missing', () => {
  it.each<[string, TestInviteSpec, number]>([
    ['决策型 in the body', { bodyText: '会议类型：决策型' }, 0],
    ['讨论型 in the subject', { subject: '【讨论型】排期', bodyText: '' }, 0],
    ['告知型', { bodyText: '本次为告知型会议' }, 0],
    ['Type: Decision', { bodyText: 'Type: Decision' }, 0],
    ['Type: Informational (FYI)', { bodyText: 'Type: Informational (FYI)' }, 0],
    ['not stated', { subject: 'Sync', bodyText: 'hello' }, 1],
  ])('%s', (_name, spec, count) => {
    expect(typeMissing(ctxOf(spec))).toHaveLength(count);
  });

  it('message and fix', () => {
    expect(typeMissing(ctxOf({ subject: 'x', bodyText: '' }))).toEqual([
      { rule: 'type.missing', message: 'The meeting type is not stated (decision, discussion or informational).', fix: 'Type: Decision' },
    ]);
  });
});
