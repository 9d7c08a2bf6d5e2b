import { describe, expect, it } from 'vitest';
import { GraphDirectory } from '../../../src/adapters/graph/GraphDirectory';
import { GraphFollowup } from '../../../src/adapters/graph/GraphFollowup';
import { parseAcceptance } from '../../../src/core/followup/acceptance';
import { loadFollowupData } from '../../../src/core/followup/loadFollowupData';
import type { UserRec } from '../../../src/emulator/EmuState';
import { emulatorForFile } from '../../../src/emulator/emulatorForFile';
import { emulatorClient } from '../../contract/emulatorFixtures';
import { seedFollowupScale } from './followupScale';

const NOW = new Date('2026-12-02T08:00:00Z');
const emu = emulatorForFile({ reset: true });

function tab(user?: UserRec) {
  const { graph } = emulatorClient(emu(), user ? { user } : {});
  return { followup: new GraphFollowup(graph), directory: new GraphDirectory(graph) };
}

describe('follow-up load against the Graph emulator', () => {
  it('loads 120 meetings and 1,200 tasks (two 400-task pages per plan) in a handful of round trips', async () => {
    const seeded = seedFollowupScale(emu().store, { meetings: 120, tasksPerMeeting: 10, plans: 2, now: NOW });
    emu().resetStats();
    const r = await loadFollowupData(tab(), NOW);
    if (!r.ok) throw new Error(r.error.kind);
    const mine = r.value.meetings.filter((m) => m.meetingId.startsWith('AAMkScale'));
    expect(mine).toHaveLength(120);
    const linked = r.value.tasks.filter((t) => t.id.startsWith('scaleTask-'));
    expect(linked).toHaveLength(1200);
    expect(linked.every((t) => t.meetingId === `AAMkScale${t.id.split('-')[1]}`)).toBe(true);
    expect(r.value.meetings.find((m) => m.meetingId === 'AAMkScale1')?.goalMet).toBe('yes');
    for (const o of seeded.others) expect(r.value.people[o.id]).toBe(o.displayName);
    const stats = emu().stats();
    // me, plans, 3 rounds of plan pages (600 tasks a plan: 400 + 200), my tasks, 1 delta page, 6 record
    // batches, 1 directory batch: one request per meeting would be 120+.
    expect(stats.requests).toBeLessThanOrEqual(16);
    const topLevelEventReads = stats.log.filter((e) => e.route === 'GET /me/events/{id}' && !e.batchItemId);
    expect(topLevelEventReads).toHaveLength(0);
    expect(stats.maxInFlight).toBeLessThanOrEqual(4);
  });

  it('a refresh reads only what changed (calendar delta)', async () => {
    seedFollowupScale(emu().store, { meetings: 60, tasksPerMeeting: 2, plans: 1, now: NOW });
    const deps = tab();
    expect((await loadFollowupData(deps, NOW)).ok).toBe(true);
    emu().resetStats();
    expect((await loadFollowupData(deps, NOW)).ok).toBe(true);
    const quiet = emu().stats();
    expect(quiet.log.filter((e) => e.route === 'GET /me/events/{id}')).toHaveLength(0);
    expect(quiet.log.filter((e) => e.route === 'GET /me/calendarView/delta')).toHaveLength(1);

    // The meeting app stores outcomes on one meeting: the next refresh re-reads that record only.
    const ev = emu().store.state.events.find((e) => e.id === 'AAMkScale3')!;
    const ext = ev.extensions[emu().store.state.defaultUserId]![0]!;
    const record = JSON.parse(String(ext.data.payload)) as { outcomes: { goalMet: { verdict: string } } };
    record.outcomes.goalMet.verdict = 'no';
    ext.data = { payload: JSON.stringify(record) };
    emu().resetStats();
    const r = await loadFollowupData(deps, NOW);
    expect(r.ok && r.value.meetings.find((m) => m.meetingId === 'AAMkScale3')?.goalMet).toBe('no');
    expect(
      emu()
        .stats()
        .log.filter((e) => e.route === 'GET /me/events/{id}'),
    ).toHaveLength(1);
  });

  it('an owner declines in Planner (marker + label); the organizer sees the reason and reassigns', async () => {
    const seeded = seedFollowupScale(emu().store, { meetings: 3, tasksPerMeeting: 2, plans: 1, now: NOW });
    const owner = seeded.others[1]!;
    const ownerTab = tab(owner);
    const loaded = await loadFollowupData(ownerTab, NOW);
    if (!loaded.ok) throw new Error(loaded.error.kind);
    const item = loaded.value.tasks.find((t) => t.assigneeIds.includes(owner.id) && t.percentComplete < 100)!;
    expect(item.acceptance).toEqual({ state: 'pending' });
    const stale = await ownerTab.followup.answer(
      { id: item.id, etag: 'W/"stale"' },
      { state: 'declined', by: owner.id, at: NOW.toISOString(), reason: 'x' },
    );
    expect(!stale.ok && stale.error.kind).toBe('precondition-failed');
    // Refused before anything was written.
    expect(parseAcceptance(emu().store.state.taskDetails[item.id]!.description)).toBeNull();
    expect(
      emu().store.state.tasks.find((t) => t.id === item.id)!.appliedCategories.category25,
    ).toBeUndefined();
    // Someone edits the description meanwhile: their text stays, the marker goes below it.
    emu().store.state.taskDetails[item.id] = {
      ...emu().store.state.taskDetails[item.id]!,
      description: 'Budget owner: finance',
      etag: emu().store.nextEtag('TaskDetails'),
    };
    const declined = await ownerTab.followup.answer(
      { id: item.id, etag: item.etag! },
      { state: 'declined', by: owner.id, at: NOW.toISOString(), reason: 'Not my area: ask finance' },
    );
    expect(declined).toEqual({ ok: true, value: undefined });
    // What Planner now holds: the marker in the details, the label on the task.
    expect(parseAcceptance(emu().store.state.taskDetails[item.id]!.description)).toMatchObject({
      state: 'declined',
      by: owner.id,
    });
    expect(emu().store.state.taskDetails[item.id]!.description.split('\n')[0]).toBe('Budget owner: finance');
    expect(emu().store.state.tasks.find((t) => t.id === item.id)!.appliedCategories.category25).toBe(true);

    const organizerTab = tab();
    const seen = await loadFollowupData(organizerTab, NOW);
    const back = seen.ok ? seen.value.tasks.find((t) => t.id === item.id) : undefined;
    expect(back?.acceptance).toMatchObject({
      state: 'declined',
      by: owner.id,
      reason: 'Not my area: ask finance',
    });
    const to = seeded.others[2]!.id;
    expect(
      (
        await organizerTab.followup.reassign(
          { id: item.id, etag: back!.etag!, assigneeIds: back!.assigneeIds },
          to,
        )
      ).ok,
    ).toBe(true);
    const after = emu().store.state.tasks.find((t) => t.id === item.id)!;
    expect(Object.keys(after.assignments)).toEqual([to]);
    expect(after.appliedCategories.category25).toBeUndefined();
    const again = await loadFollowupData(organizerTab, NOW);
    expect(again.ok && again.value.tasks.find((t) => t.id === item.id)?.acceptance).toBeUndefined();
  });
});
