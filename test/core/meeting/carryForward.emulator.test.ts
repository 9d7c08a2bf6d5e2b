import { describe, expect, it } from 'vitest';
import { GraphCalendar } from '../../../src/adapters/graph/GraphCalendar';
import { GraphFollowup } from '../../../src/adapters/graph/GraphFollowup';
import { GraphSeries } from '../../../src/adapters/graph/GraphSeries';
import { carryMinutes, loadCarryForward, withCarryForwardItem } from '../../../src/core/meeting/carryForward';
import type { EventRec } from '../../../src/emulator/EmuState';
import { emulatorForFile } from '../../../src/emulator/emulatorForFile';
import { addEvent, emulatorClient } from '../../contract/emulatorFixtures';

const emu = emulatorForFile({ reset: true });

const WEEK = 7 * 86_400_000;
const FIRST = Date.parse('2026-11-04T06:00:00Z');

/** A weekly series of four: the first with outcomes, the second cancelled, the third never run with the app, the fourth is today. */
async function weeklySeries() {
  const { graph, user } = emulatorClient(emu());
  const s = emu().store.state;
  const other = s.users.find((u) => u.id !== user.id)!;
  const at = (i: number) => new Date(FIRST + i * WEEK).toISOString();
  const end = (i: number) => new Date(FIRST + i * WEEK + 3_600_000).toISOString();
  const master = addEvent(emu(), {
    organizer: user,
    attendees: [other],
    subject: 'Weekly sync',
    startUtc: at(0),
    endUtc: end(0),
  });
  master.recurrence = {
    pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'] },
    range: { type: 'noEnd', startDate: at(0).slice(0, 10) },
  };
  const occ: EventRec[] = [0, 1, 2, 3].map((i) =>
    Object.assign(
      addEvent(emu(), {
        organizer: user,
        attendees: [other],
        subject: 'Weekly sync',
        startUtc: at(i),
        endUtc: end(i),
      }),
      { seriesMasterId: master.id },
    ),
  );
  occ[1]!.isCancelled = true;
  // Tasks the first occurrence created: one done, one open and declined, one dropped since.
  const planner = await graph.post<{ id: string; '@odata.etag': string }>('/planner/tasks', {
    planId: s.plans[0]!.id,
    title: 'Draft the budget',
    assignments: { [other.id]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } },
  });
  const done = await graph.post<{ id: string }>('/planner/tasks', {
    planId: s.plans[0]!.id,
    title: 'Send the minutes',
    percentComplete: 100,
  });
  if (!planner.ok || !done.ok) throw new Error('setup');
  const owner = emulatorClient(emu(), { user: other });
  const declined = await new GraphFollowup(owner.graph).answer(
    { id: planner.value.id, etag: planner.value['@odata.etag'] },
    { state: 'declined', by: other.id, at: at(0), reason: 'Finance owns budgets' },
  );
  if (!declined.ok) throw new Error(declined.error.kind);
  const outcomes = {
    version: 1,
    actions: [
      {
        key: 'a1',
        content: 'Draft the budget',
        owner: other.mail,
        acceptance: '',
        due: '2026-11-11',
        taskId: planner.value.id,
      },
      {
        key: 'a2',
        content: 'Send the minutes',
        owner: user.mail,
        acceptance: '',
        due: '2026-11-05',
        taskId: done.value.id,
      },
      {
        key: 'a3',
        content: 'Book the room',
        owner: user.mail,
        acceptance: '',
        due: '2026-11-06',
        taskId: 'gone-task-id',
      },
      { key: 'a4', content: 'Call the vendor', owner: other.mail, acceptance: '', due: '2026-11-07' },
    ],
    parkingLot: ['Office move', ' '],
  };
  const wrote = await new GraphCalendar(graph).writeRecord(occ[0]!.id, { outcomes });
  if (!wrote.ok) throw new Error(wrote.error.kind);
  return { graph, master, occ, other, taskId: planner.value.id };
}

describe('carry-forward of a recurring series', () => {
  it("brings the last run occurrence's open items and parking lot into today's occurrence", async () => {
    const { graph, occ, other, taskId } = await weeklySeries();
    const today = await new GraphCalendar(graph).getEvent(occ[3]!.id);
    if (!today.ok) throw new Error(today.error.kind);
    expect(today.value.event.raw).toMatchObject({ type: 'occurrence' });
    const r = await loadCarryForward(new GraphSeries(graph), today.value.event, occ[3]!.startUtc);
    if (!r.ok) throw new Error(r.error.kind);
    expect(r.value?.previous.eventId).toBe(occ[0]!.id);
    expect(r.value?.openActions).toEqual([
      {
        content: 'Draft the budget',
        owner: other.mail,
        due: '2026-11-11',
        taskId,
        acceptance: expect.objectContaining({ state: 'declined', reason: 'Finance owns budgets' }),
      },
      { content: 'Call the vendor', owner: other.mail, due: '2026-11-07' },
    ]);
    expect(r.value?.parkingLot).toEqual(['Office move']);
    const agenda = withCarryForwardItem(
      [{ title: 'Status', minutes: 10, kind: 'info' }],
      r.value,
      'Open items from last time',
    );
    expect(agenda.map((i) => [i.title, i.minutes])).toEqual([
      ['Open items from last time', carryMinutes(r.value!)],
      ['Status', 10],
    ]);
  });

  it('has nothing to carry for a single meeting or the first occurrence', async () => {
    const { graph, occ, master } = await weeklySeries();
    const series = new GraphSeries(graph);
    const first = await new GraphCalendar(graph).getEvent(occ[0]!.id);
    const single = await new GraphCalendar(graph).getEvent(master.id);
    if (!first.ok || !single.ok) throw new Error('setup');
    expect(await loadCarryForward(series, first.value.event, occ[0]!.startUtc)).toEqual({
      ok: true,
      value: null,
    });
    expect(
      (
        await loadCarryForward(
          series,
          { ...single.value.event, raw: { ...single.value.event.raw, seriesMasterId: null } },
          master.startUtc,
        )
      ).ok,
    ).toBe(true);
    expect(withCarryForwardItem([], null, 'x')).toEqual([]);
  });

  it('the emulator needs the window for instances', async () => {
    const { graph, master } = await weeklySeries();
    const r = await graph.get(`/me/events/${encodeURIComponent(master.id)}/instances`);
    expect(!r.ok && r.error.kind).toBe('bad-request');
  });
});
