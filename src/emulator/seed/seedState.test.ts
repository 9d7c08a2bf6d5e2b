import { describe, expect, it } from 'vitest';
import { seedState } from './seedState';
import { SEED_MEETING_IDS } from './seedMeetings';

// One clock per weekday (and one at a UTC day boundary) so the relative dates hold whatever day it is.
const clocks = ['2026-11-23T08:00:00Z', '2026-11-24T23:59:00Z', '2026-11-25T00:00:00Z', '2026-11-26T12:00:00Z', '2026-11-27T18:00:00Z', '2026-11-28T03:00:00Z', '2026-11-29T10:00:00Z'];

describe.each(clocks)('seed at %s', (iso) => {
  const now = new Date(iso);
  const s = seedState(now);
  const event = (id: string) => s.events.find((e) => e.id === id)!;

  it('puts the zh meeting on a Tuesday 14:00 Shanghai at least 3 days ahead, the en one on a Wednesday', () => {
    const zh = new Date(event(SEED_MEETING_IDS.zhLaunch).startUtc);
    expect(zh.getUTCHours()).toBe(6);
    expect(zh.getUTCDay()).toBe(2);
    expect(zh.getTime() - now.getTime()).toBeGreaterThan(2 * 864e5);
    const en = new Date(event(SEED_MEETING_IDS.enPipeline).startUtc);
    expect(en.getUTCDay()).toBe(3);
    expect(new Date(event(SEED_MEETING_IDS.zhPast).startUtc).getTime()).toBeLessThan(now.getTime());
  });

  it('has overdue, completed and due-within-a-week tasks', () => {
    const t = now.getTime();
    expect(s.tasks.some((x) => x.percentComplete < 100 && Date.parse(x.dueDateTime!) < t)).toBe(true);
    expect(s.tasks.some((x) => x.percentComplete === 100 && x.completedDateTime && Date.parse(x.completedDateTime) < t)).toBe(true);
    expect(s.tasks.some((x) => x.percentComplete < 100 && Date.parse(x.dueDateTime!) > t && Date.parse(x.dueDateTime!) < t + 7 * 864e5)).toBe(true);
  });

  it('never dates creation in the future and keeps assignees inside the plan group', () => {
    for (const c of s.chats) expect(Date.parse(c.createdDateTime)).toBeLessThanOrEqual(now.getTime());
    for (const task of s.tasks) {
      const plan = s.plans.find((p) => p.id === task.planId)!;
      const group = s.groups.find((g) => g.id === plan.owner)!;
      for (const id of Object.keys(task.assignments)) expect(group.memberIds).toContain(id);
    }
    for (const g of s.groups) expect(g.memberIds).toContain(s.defaultUserId);
  });
});
