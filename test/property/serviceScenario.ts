import fc from 'fast-check';
import { FakeServiceGraph } from '../../src/adapters/fakes/FakeServiceGraph';
import type { FaultInjector } from '../../src/adapters/fakes/FaultPlan';
import { DEFAULT_POLICY, type Policy } from '../../src/core/model/Policy';
import {
  DEFAULT_SERVICE_POLICY,
  type ServiceEvent,
  type ServicePolicy,
  type ServiceTask,
  type WatchedPerson,
} from '../../src/core/service/ServiceModel';
import { addDays } from '../../src/core/time/addDays';
import { wallToInstant } from '../../src/core/time/wallToInstant';

const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'Europe/London', 'Pacific/Chatham', 'UTC'] as const;
/** Starts that put DST changes, a Monday (stand-up) and a quarter start (review) inside the run. */
const STARTS = ['2026-03-06', '2026-03-27', '2026-09-25', '2026-10-23', '2026-12-30'] as const;
export const HOUR = 3_600_000;
/** After the last day the run keeps ticking this long, so windows opened near the end can finish. */
export const DRAIN_MS = 12 * HOUR;

const GOOD_BODY =
  'Goal: decide the Q3 budget split.\nAgenda:\n1. Budget review — Ann — 20 min — output: decision\n2. Risks — Bo — 20 min — output: list\nPre-read: https://contoso.example/budget';

export interface ServiceScenario {
  start: string;
  days: number;
  steps: number[];
  people: { zone: string; lang: 'en-US' | 'zh-CN'; teams: boolean }[];
  holidays: number[];
  events: {
    organizer: number;
    createdAfterH: number;
    startInH: number;
    minutes: number;
    good: boolean;
    editAfterH: number | null;
    seriesIndex: number | null;
    minutesSent: boolean;
  }[];
  tasks: {
    owners: number[];
    creator: number;
    dueInDays: number;
    done: boolean;
    completeAfterH: number | null;
    series: number | null;
    /** The first owner declines at t0 + this many hours (before t0: already declined). */
    declinedAfterH: number | null;
  }[];
  instances: number;
  overlap: boolean;
  faultRate: number;
  crashRate: number;
  seed: number;
}

export const serviceScenarioArb: fc.Arbitrary<ServiceScenario> = fc.record({
  start: fc.constantFrom(...STARTS),
  days: fc.integer({ min: 1, max: 3 }),
  steps: fc.array(fc.constantFrom(30, 60, 90, 120), { minLength: 8, maxLength: 8 }),
  people: fc.array(
    fc.record({
      zone: fc.constantFrom(...ZONES),
      lang: fc.constantFrom('en-US' as const, 'zh-CN' as const),
      teams: fc.boolean(),
    }),
    { minLength: 2, maxLength: 4 },
  ),
  holidays: fc.array(fc.integer({ min: -2, max: 8 }), { maxLength: 2 }),
  events: fc.array(
    fc.record({
      organizer: fc.nat(3),
      createdAfterH: fc.integer({ min: -48, max: 60 }),
      startInH: fc.integer({ min: -40, max: 120 }),
      minutes: fc.constantFrom(30, 45, 60),
      good: fc.boolean(),
      editAfterH: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
      seriesIndex: fc.option(fc.nat(1), { nil: null }),
      minutesSent: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
  tasks: fc.array(
    fc.record({
      owners: fc.array(fc.nat(4), { minLength: 0, maxLength: 2 }),
      creator: fc.nat(3),
      dueInDays: fc.integer({ min: -5, max: 6 }),
      done: fc.boolean(),
      completeAfterH: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
      series: fc.option(fc.nat(1), { nil: null }),
      declinedAfterH: fc.option(fc.integer({ min: -30, max: 40 }), { nil: null }),
    }),
    { maxLength: 6 },
  ),
  instances: fc.integer({ min: 1, max: 3 }),
  overlap: fc.boolean(),
  faultRate: fc.constantFrom(0, 0.05, 0.1),
  crashRate: fc.constantFrom(0, 0.005, 0.02),
  seed: fc.integer(),
});

export interface World {
  graph: FakeServiceGraph;
  policy: Policy;
  sp: ServicePolicy;
  t0: number;
  /** State changes at clock times (applied before the tick at or after them). */
  changes: Array<{ at: number; apply: (g: FakeServiceGraph) => void }>;
}

function person(i: number, p: ServiceScenario['people'][number]): WatchedPerson {
  return {
    id: `u${i}`,
    mail: `u${i}@contoso.example`,
    displayName: `User ${i}`,
    timeZone: p.zone,
    lang: p.lang,
    teams: p.teams,
  };
}

function graphEvent(
  id: string,
  org: WatchedPerson,
  people: WatchedPerson[],
  start: number,
  minutes: number,
  good: boolean,
  subject: string,
): unknown {
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
  return {
    id,
    subject,
    body: { contentType: 'text', content: good ? GOOD_BODY : 'Let us sync.' },
    start: { dateTime: iso(start), timeZone: 'UTC' },
    end: { dateTime: iso(start + minutes * 60_000), timeZone: 'UTC' },
    location: { displayName: good ? 'Room 1' : '' },
    organizer: { emailAddress: { address: org.mail, name: org.displayName } },
    attendees: [...people, { mail: 'guest@fabrikam.example', displayName: 'Guest' }].map((p) => ({
      type: 'required',
      emailAddress: { address: p.mail, name: p.displayName },
    })),
  };
}

export function buildWorld(
  s: ServiceScenario,
  clock: () => number,
  faults: FaultInjector,
  yieldTurns: () => number,
): World {
  const t0 = Date.parse(wallToInstant(s.start, '08:00', 'UTC'));
  const graph = new FakeServiceGraph(clock, faults, yieldTurns);
  graph.people = s.people.map((p, i) => person(i, p));
  graph.groupMembers = graph.people.map((p) => p.id);
  const policy: Policy = {
    ...DEFAULT_POLICY,
    timeZone: 'Asia/Shanghai',
    holidays: s.holidays.map((d) => addDays(s.start, d)),
  };
  const sp: ServicePolicy = { ...DEFAULT_SERVICE_POLICY, groupId: 'g1', mailFromId: 'svc' };
  const changes: World['changes'] = [];
  const at = (h: number) => t0 + h * HOUR;
  const orgOf = (i: number) => graph.people[i % graph.people.length]!;
  s.events.forEach((e, i) => {
    const org = orgOf(e.organizer);
    const start = Math.round(at(e.startInH) / 1_800_000) * 1_800_000;
    const series = e.seriesIndex === null ? undefined : `series-${org.id}-${e.seriesIndex}`;
    const make = (version: number, good: boolean, lastModified: number): ServiceEvent => ({
      id: `ev${i}`,
      organizerId: org.id,
      changeKey: `ck${i}.${version}`,
      subject: `Meeting ${i}`,
      start: new Date(start).toISOString(),
      end: new Date(start + e.minutes * 60_000).toISOString(),
      lastModified: new Date(lastModified).toISOString(),
      isCancelled: false,
      type: series ? 'occurrence' : 'singleInstance',
      ...(series ? { seriesMasterId: series } : {}),
      attendeeCount: graph.people.length + 1,
      raw: graphEvent(`ev${i}`, org, graph.people, start, e.minutes, good, `Meeting ${i}`),
      record: {
        taskIds: s.tasks.flatMap((t, k) =>
          t.series !== null && t.series === e.seriesIndex ? [`t${k}`] : [],
        ),
        ...(e.minutesSent
          ? { minutesSentAt: new Date(start + e.minutes * 60_000 + HOUR).toISOString() }
          : {}),
      },
    });
    // An invite sent minutes before its meeting may rightly go unaudited after a crash; give the audit hours.
    const created = Math.min(at(e.createdAfterH), start - 8 * HOUR);
    const put = (version: number, good: boolean, when: number) => (g: FakeServiceGraph) =>
      g.putEvent(make(version, good, when));
    if (created <= t0) put(1, e.good, created)(graph);
    else changes.push({ at: created, apply: put(1, e.good, created) });
    if (e.editAfterH !== null) {
      const edit = Math.max(created, t0) + e.editAfterH * HOUR;
      changes.push({ at: edit, apply: put(2, !e.good, edit) });
    }
  });
  s.tasks.forEach((t, k) => {
    const owners = [...new Set(t.owners)].map((o) => (o < graph.people.length ? `u${o}` : `ext${o}`));
    const task: ServiceTask = {
      id: `t${k}`,
      planId: 'p1',
      title: `Task ${k}`,
      dueDateTime: wallToInstant(addDays(s.start, t.dueInDays), '23:59', 'Asia/Shanghai'),
      percentComplete: t.done ? 100 : 0,
      assigneeIds: owners,
      createdById: orgOf(t.creator).id,
    };
    graph.tasksList.push(task);
    const decliner = owners[0];
    if (t.declinedAfterH !== null && decliner) {
      const declined = {
        by: decliner,
        at: new Date(at(t.declinedAfterH)).toISOString(),
        reason: 'no budget',
      };
      if (t.declinedAfterH <= 0) task.declined = declined;
      else
        changes.push({
          at: at(t.declinedAfterH),
          apply: (g) => void Object.assign(g.tasksList[k]!, { declined }),
        });
    }
    if (!t.done && t.completeAfterH !== null)
      changes.push({
        at: at(t.completeAfterH),
        apply: (g) => void Object.assign(g.tasksList[k]!, { percentComplete: 100 }),
      });
  });
  changes.sort((a, b) => a.at - b.at);
  return { graph, policy, sp, t0, changes };
}
