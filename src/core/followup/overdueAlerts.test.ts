import { describe, expect, it } from 'vitest';
import { overdueAlerts } from './overdueAlerts';
import type { TrackedTask } from './TrackedTask';

const t = (id: string, due: string | undefined, pct = 0): TrackedTask => ({
  id,
  title: id,
  percentComplete: pct,
  assigneeIds: ['u'],
  ...(due ? { dueDateTime: due } : {}),
});

describe('overdueAlerts', () => {
  it('lists late tasks first, most late first, then tasks due soon; ignores done, open and undated', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    const alerts = overdueAlerts(
      [
        t('soon', '2026-11-26T23:59:59Z'),
        t('late1', '2026-11-24T23:59:59Z'),
        t('late5', '2026-11-20T23:59:59Z'),
        t('done', '2026-11-01T23:59:59Z', 100),
        t('later', '2026-12-20T23:59:59Z'),
        t('undated', undefined),
      ],
      now,
      'UTC',
    );
    expect(alerts.map((a) => [a.task.id, a.kind, a.daysLate])).toEqual([
      ['late5', 'overdue', 5],
      ['late1', 'overdue', 1],
      ['soon', 'due-soon', 0],
    ]);
  });
});
