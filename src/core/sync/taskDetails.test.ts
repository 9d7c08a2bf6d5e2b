import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../model/ActionItem';
import type { PlannerTaskDetails } from '../ports/PlannerPort';
import { BLOCK_END, BLOCK_START, desiredDetails, detailsPatch, mergeDescription } from './taskDetails';

const item: ActionItem = {
  key: 'm1/1', meetingId: 'm1', meetingTitle: 'Budget review', meetingUrl: 'https://teams.example/m1', owner: { email: 'ann@contoso.example', name: 'Ann' },
  content: 'Send the budget', acceptance: 'CFO signed', due: '2026-03-14', timeZone: 'Asia/Shanghai', checklist: ['draft', 'review'], createdAt: '2026-03-10T09:00:00Z',
};
const empty: PlannerTaskDetails = { taskId: 't', description: '', checklist: {}, references: {}, etag: 'W/"1"' };

describe('taskDetails', () => {
  it('writes acceptance standard, owner, due, meeting link and key, in both languages', () => {
    const en = desiredDetails(item, 'en-US').block;
    expect(en).toContain('Acceptance standard: CFO signed');
    expect(en).toContain('Link: https://teams.example/m1');
    expect(en).toContain('Sync key: m1/1');
    expect(desiredDetails(item, 'zh-CN').block).toContain('验收标准：CFO signed');
  });

  it.each([
    ['empty', '', (b: string) => b],
    ['text of others stays above', 'Notes from Bo', (b: string) => `Notes from Bo\n\n${b}`],
    ['old block replaced in place', `Top\n${BLOCK_START}\nold\n${BLOCK_END}\nBottom`, (b: string) => `Top\n${b}\nBottom`],
  ])('mergeDescription: %s', (_n, current, want) => {
    const block = desiredDetails(item, 'en-US').block;
    expect(mergeDescription(current, block)).toBe(want(block));
    expect(mergeDescription(mergeDescription(current, block), block)).toBe(want(block));
  });

  it('patches only what is missing and never touches others’ or checked items', () => {
    const want = desiredDetails(item, 'en-US');
    const first = detailsPatch(empty, want)!;
    expect(Object.keys(first.checklist!)).toHaveLength(2);
    expect(first.references).toEqual({ 'https://teams.example/m1': { alias: 'Budget review', type: 'Other' } });
    const [ours] = Object.keys(want.checklist);
    const current: PlannerTaskDetails = {
      ...empty,
      description: `${first.description}\nnote by Bo`,
      checklist: { ...first.checklist, [ours!]: { title: 'draft (renamed)', isChecked: true }, ext: { title: 'Bo’s item', isChecked: false } } as PlannerTaskDetails['checklist'],
      references: { ...first.references } as PlannerTaskDetails['references'],
    };
    expect(detailsPatch(current, want)).toBeUndefined();
  });
});
