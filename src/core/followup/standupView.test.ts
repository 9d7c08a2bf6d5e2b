import { describe, expect, it } from 'vitest';
import { standupView } from './standupView';
import type { TrackedTask } from './TrackedTask';

const t = (id: string, owners: string[], over: Partial<TrackedTask> = {}): TrackedTask => ({
  id,
  title: id,
  percentComplete: 0,
  assigneeIds: owners,
  ...over,
});

describe('standupView', () => {
  // Wednesday 2026-11-25: the week is Monday 11-23 to Sunday 11-29.
  const now = new Date('2026-11-25T09:00:00Z');
  const view = standupView(
    [
      t('late', ['zhang'], { dueDateTime: '2026-11-20T15:59:59Z' }),
      t('fri', ['li'], { dueDateTime: '2026-11-27T15:59:59Z' }),
      t('next-week', ['li'], { dueDateTime: '2026-12-03T15:59:59Z' }),
      t('shared', ['li', 'zhang'], { dueDateTime: '2026-11-29T15:59:59Z' }),
      t('done-recent', ['li'], { percentComplete: 100, completedDateTime: '2026-11-23T02:00:00Z' }),
      t('done-old', ['li'], { percentComplete: 100, completedDateTime: '2026-10-01T02:00:00Z' }),
      t('nobody', [], { dueDateTime: '2026-11-26T15:59:59Z' }),
    ],
    now,
    'Asia/Shanghai',
  );

  it('spans the local week', () => {
    expect(view.week).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });
  it('puts owners with late work first and lists only blockers and recent progress', () => {
    expect(view.rows.map((r) => r.ownerId)).toEqual(['zhang', 'li']);
    const [zhang, li] = view.rows;
    expect(zhang!.overdue.map((x) => x.id)).toEqual(['late']);
    expect(zhang!.dueThisWeek.map((x) => x.id)).toEqual(['shared']);
    expect(li!.dueThisWeek.map((x) => x.id)).toEqual(['fri', 'shared']);
    expect(li!.doneSinceLastStandup.map((x) => x.id)).toEqual(['done-recent']);
  });
  it('calls out work nobody owns', () => {
    expect(view.unassigned.map((x) => x.id)).toEqual(['nobody']);
  });
});
