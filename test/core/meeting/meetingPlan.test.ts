import { describe, expect, it } from 'vitest';
import { FakeCalendar } from '../../../src/adapters/fakes/FakeCalendar';
import { listPlanOptions, loadMeetingPlan, savePlanChoice } from '../../../src/core/meeting/meetingPlan';
import { err, ok } from '../../../src/core/model/Result';
import type { CalendarEvent } from '../../../src/core/ports/CalendarPort';
import type { PlanPickerPort } from '../../../src/core/ports/PlanPickerPort';

const at = { dateTime: '2026-12-07T09:00:00', timeZone: 'UTC' };
const ev = (id: string, raw: Record<string, unknown>): CalendarEvent => ({
  id,
  subject: 'Weekly',
  start: at,
  end: at,
  attendees: [],
  raw: { id, ...raw },
});
const master = ev('master', { type: 'seriesMaster', isOrganizer: true });
const occurrence = ev('occ-2', { type: 'occurrence', seriesMasterId: 'master', isOrganizer: true });

describe('a recurring meeting keeps its plan', () => {
  it('a plan picked in one occurrence is stored on the series master and read back by the next occurrence', async () => {
    const cal = new FakeCalendar()
      .addEvent(master)
      .addEvent(occurrence)
      .addEvent(ev('occ-3', { type: 'occurrence', seriesMasterId: 'master' }));
    await cal.writeRecord('master', { outcomes: { version: 1 } });
    expect(await savePlanChoice(cal, occurrence, { planId: 'P', groupId: 'G', title: 'Team' })).toEqual({
      ok: true,
      value: { eventId: 'master' },
    });
    const next = await cal.getEvent('occ-3');
    expect(next.ok && next.value.record).toBeNull();
    const chosen = await loadMeetingPlan(cal, next.ok ? next.value : undefined, { planId: null });
    expect(chosen).toEqual({ planId: 'P', groupId: 'G', title: 'Team', source: 'series' });
    const m = await cal.getEvent('master');
    expect(m.ok && m.value.record).toEqual({
      outcomes: { version: 1 },
      plan: { planId: 'P', groupId: 'G', title: 'Team' },
    });
  });

  it("an occurrence's own plan wins; the tab URL is the fallback; an attendee's copy is never written", async () => {
    const cal = new FakeCalendar().addEvent(master).addEvent(occurrence);
    await cal.writeRecord('master', { plan: { planId: 'SERIES' } });
    await cal.writeRecord('occ-2', { plan: { planId: 'OWN' } });
    const own = await cal.getEvent('occ-2');
    expect(await loadMeetingPlan(cal, own.ok ? own.value : undefined, { planId: 'TAB' })).toMatchObject({
      planId: 'OWN',
      source: 'event',
    });
    expect(await loadMeetingPlan(cal, undefined, { planId: 'TAB' })).toEqual({
      planId: 'TAB',
      source: 'tab',
    });
    const attendeeCopy = ev('att', { type: 'singleInstance', isOrganizer: false });
    cal.addEvent(attendeeCopy);
    expect(await savePlanChoice(cal, attendeeCopy, { planId: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'not-organizer' },
    });
    expect(cal.calls.writeRecord).toBe(2);
  });
});

describe('listPlanOptions', () => {
  const port = (over: Partial<PlanPickerPort> = {}): PlanPickerPort => ({
    listMyGroups: async () =>
      ok([{ id: 'g2', displayName: 'Sales' }, { id: 'g1', displayName: 'Launch' }, { id: 'g3' }]),
    listPlans: async ({ groupId }) =>
      groupId === 'g3'
        ? err({ kind: 'forbidden' })
        : ok([
            { id: `${groupId}-b`, title: 'B' },
            { id: `${groupId}-a`, title: 'A' },
          ]),
    createPlan: async () => err({ kind: 'unsupported' }),
    ...over,
  });

  it("offers every plan of the user's groups by group and title, leaving out a group that refuses the listing", async () => {
    const r = await listPlanOptions(port());
    expect(r.ok && r.value.plans.map((p) => `${p.groupName}/${p.title}`)).toEqual([
      'Launch/A',
      'Launch/B',
      'Sales/A',
      'Sales/B',
    ]);
    expect(r.ok && r.value.groups.map((g) => g.id)).toEqual(['g1', 'g2']);
  });

  it('fails on anything else (offline, throttled), rather than offer a partial list as complete', async () => {
    const r = await listPlanOptions(port({ listPlans: async () => err({ kind: 'offline' }) }));
    expect(r).toEqual({ ok: false, error: { kind: 'offline' } });
  });
});
