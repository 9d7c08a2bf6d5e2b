import { describe, expect, it } from 'vitest';
import { FakeCalendar } from '../../../src/adapters/fakes/FakeCalendar';
import { appError } from '../../../src/core/errors/AppError';
import type { MeetingOutcomes } from '../../../src/core/meeting/MeetingOutcomes';
import { saveOutcomes } from '../../../src/core/meeting/saveOutcomes';

const action = (key: string, taskId?: string): MeetingOutcomes['actions'][number] => ({
  key,
  content: `do ${key}`,
  owner: 'wei.li@contoso.com',
  acceptance: '',
  due: '2026-12-10',
  ...(taskId ? { taskId } : {}),
});
const outcomes = (over: Partial<MeetingOutcomes> = {}): MeetingOutcomes => ({
  version: 1,
  goal: 'Decide',
  decisions: ['go'],
  actions: [action('m:1'), action('m:2')],
  parkingLot: [],
  attendance: [],
  ...over,
});

function calendar() {
  const cal = new FakeCalendar().addEvent({
    id: 'e1',
    subject: 'S',
    start: { dateTime: '2026-12-07T06:00:00', timeZone: 'UTC' },
    end: { dateTime: '2026-12-07T07:00:00', timeZone: 'UTC' },
    attendees: [],
  });
  return cal;
}

// Graph replaces an open extension on PATCH, so every write must carry the whole record.
describe('saveOutcomes', () => {
  it('keeps the rest of the record and the task ids an earlier sync stored', async () => {
    const cal = calendar();
    await cal.writeRecord('e1', {
      planId: 'plan-1',
      outcomes: outcomes({
        actions: [action('m:1', 'task-1'), action('m:2', 'task-2')],
        minutesSentAt: '2026-12-07T07:01:00.000Z',
      }),
    });
    // The minutes sender knows no task ids and may run on a device that never sent the minutes.
    const r = await saveOutcomes(cal, 'e1', outcomes({ decisions: ['go', 'hire'] }));
    expect(r.ok).toBe(true);
    const stored = await cal.getEvent('e1');
    const record = stored.ok ? stored.value.record : null;
    expect(record?.planId).toBe('plan-1');
    const saved = record?.outcomes as MeetingOutcomes;
    expect(saved.decisions).toEqual(['go', 'hire']);
    expect(saved.actions.map((a) => a.taskId)).toEqual(['task-1', 'task-2']);
    expect(saved.minutesSentAt).toBe('2026-12-07T07:01:00.000Z');
  });

  it('a new task id wins over the stored one; an action that is gone stays gone', async () => {
    const cal = calendar();
    await cal.writeRecord('e1', {
      outcomes: outcomes({ actions: [action('m:1', 'old'), action('m:2', 'task-2')] }),
    });
    await saveOutcomes(cal, 'e1', outcomes({ actions: [action('m:1', 'new')] }));
    const stored = await cal.getEvent('e1');
    const saved = (stored.ok ? stored.value.record?.outcomes : null) as MeetingOutcomes;
    expect(saved.actions.map((a) => [a.key, a.taskId])).toEqual([['m:1', 'new']]);
  });

  it('does not write blind when the record cannot be read (that write would wipe it)', async () => {
    const cal = calendar();
    await cal.writeRecord('e1', { planId: 'plan-1' });
    cal.failNext('getEvent', appError('throttled', 'slow down'));
    const r = await saveOutcomes(cal, 'e1', outcomes());
    expect(!r.ok && r.error.kind).toBe('throttled');
    const stored = await cal.getEvent('e1');
    expect(stored.ok && stored.value.record).toEqual({ planId: 'plan-1' });
  });

  it('writes the first record when there is none yet', async () => {
    const cal = calendar();
    expect((await saveOutcomes(cal, 'e1', outcomes())).ok).toBe(true);
    const stored = await cal.getEvent('e1');
    expect(stored.ok && (stored.value.record?.outcomes as MeetingOutcomes).goal).toBe('Decide');
  });
});
