// "A series keeps its plan" through the real Graph adapters on the emulator: the occurrences come from
// /me/events/{master}/instances with their seriesMasterId, the pick is written to the master's open
// extension, and another occurrence (with no record of its own) reads it back from there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphCalendar } from '../../../src/adapters/graph/GraphCalendar';
import { GraphSeries } from '../../../src/adapters/graph/GraphSeries';
import { loadMeetingPlan, savePlanChoice } from '../../../src/core/meeting/meetingPlan';
import type { Emulator } from '../../../src/emulator/Emulator';
import type { EventRec } from '../../../src/emulator/EmuState';
import { startEmulator } from '../../../src/emulator/startEmulator';
import { emulatorClient } from '../../contract/emulatorFixtures';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emu.close();
});

const WEEK = 7 * 86_400_000;
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** The seeded weekly R&D sync (研发周会) as a series master with its next two occurrences. */
function seededSeries() {
  const s = emu.store.state;
  const master = s.events.find((e) => e.subject === '研发周会')!;
  master.recurrence = {
    pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
    range: { type: 'noEnd', startDate: master.startUtc.slice(0, 10) },
  };
  const occurrences = [1, 2].map((i): EventRec => {
    const occ: EventRec = {
      ...structuredClone(master),
      id: master.id.replace('Weekly0', `Weekly${i}`),
      iCalUId: `${master.iCalUId}-${i}`,
      startUtc: shift(master.startUtc, i * WEEK),
      endUtc: shift(master.endUtc, i * WEEK),
      recurrence: null,
      seriesMasterId: master.id,
      extensions: {},
    };
    s.events.push(occ);
    return occ;
  });
  const organizer = s.users.find((u) => u.id === master.organizerId)!;
  return { master, occurrences, organizer, plan: s.plans[0]! };
}

describe('a recurring seeded meeting keeps its plan (Graph adapters + emulator)', () => {
  it('a plan picked in one occurrence lands on the series master and the next occurrence reuses it', async () => {
    const { master, occurrences, organizer, plan } = seededSeries();
    const { graph } = emulatorClient(emu, { user: organizer });
    const calendar = new GraphCalendar(graph);
    const listed = await new GraphSeries(graph).instances(master.id, {
      start: master.startUtc,
      end: shift(master.endUtc, 3 * WEEK),
    });
    expect(listed.ok && listed.value.map((e) => [e.id, e.raw.type, e.raw.seriesMasterId])).toEqual(
      occurrences.map((o) => [o.id, 'occurrence', master.id]),
    );

    const first = await calendar.getEvent(occurrences[0]!.id);
    if (!first.ok) throw new Error(first.error.kind);
    const choice = { planId: plan.id, groupId: plan.owner, title: plan.title };
    expect(await savePlanChoice(calendar, first.value.event, choice)).toEqual({
      ok: true,
      value: { eventId: master.id },
    });
    // Written in the organizer's mailbox, on the master only.
    const onMaster = await calendar.getEvent(master.id);
    expect(onMaster.ok && onMaster.value.record?.plan).toEqual(choice);
    expect(first.value.record).toBeNull();

    const next = await calendar.getEvent(occurrences[1]!.id);
    if (!next.ok) throw new Error(next.error.kind);
    expect(next.value.record).toBeNull();
    expect(await loadMeetingPlan(calendar, next.value, { planId: null })).toEqual({
      ...choice,
      source: 'series',
    });
  });
});
