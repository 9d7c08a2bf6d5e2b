import { describe, expect, it } from 'vitest';
import { findMeetingType, type MeetingType } from './findMeetingType';

describe('findMeetingType', () => {
  it.each<[string, MeetingType | null]>([
    ['会议类型：决策型', 'decision'],
    ['会议类型:决策型', 'decision'],
    ['【讨论型】Q3 排期', 'discussion'],
    ['本次为告知型会议', 'informational'],
    ['类型：讨论', 'discussion'],
    ['Type: Decision', 'decision'],
    ['type: decision-making', 'decision'],
    ['Meeting type: Discussion', 'discussion'],
    ['Type: Informational (FYI)', 'informational'],
    ['Type: FYI', 'informational'],
    ['Type：Informational', 'informational'],
    ['We will make a decision', null],
    ['Type of food: pizza', null],
    ['类型多样', null],
    ['', null],
  ])('%s → %s', (text, want) => {
    expect(findMeetingType(text)).toBe(want);
  });
});
