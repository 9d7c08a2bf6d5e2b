import { EmulatorAuth } from '../../src/adapters/auth/EmulatorAuth';
import { createGraphClient } from '../../src/adapters/graph/createGraphClient';
import { GraphDirectory } from '../../src/adapters/graph/GraphDirectory';
import { GraphFollowup } from '../../src/adapters/graph/GraphFollowup';
import { loadFollowupData } from '../../src/core/followup/loadFollowupData';
import { retrospective } from '../../src/core/followup/retrospective';
import { quarterRange } from '../../src/core/followup/quarterRange';
import { standupView } from '../../src/core/followup/standupView';
import type { Emulator } from '../../src/emulator/Emulator';
import { startEmulator } from '../../src/emulator/startEmulator';
import { seedFollowupScale } from '../core/followup/followupScale';
import type { BenchFigure } from './BenchFigure';

const LATENCY_MS = 50;
const NOW = new Date('2026-12-02T08:00:00Z');
const RUNS = 3;
const SMALL = { meetings: 50, tasksPerMeeting: 10 };
const LARGE = { meetings: 500, tasksPerMeeting: 10 };

async function seeded(size: typeof SMALL): Promise<Emulator> {
  const emu = await startEmulator({ port: 0, latencyMs: LATENCY_MS });
  seedFollowupScale(emu.store, { ...size, plans: 5, now: NOW });
  return emu;
}

/** One cold load as a fresh tab does it (new adapter: no delta state), plus the screens' computations. */
async function load(
  emu: Emulator,
  graph = createGraphClient({
    baseUrl: `${emu.url}/v1.0`,
    auth: new EmulatorAuth(emu.store.state.users.find((u) => u.id === emu.store.state.defaultUserId)!.mail),
  }),
  followup = new GraphFollowup(graph),
) {
  emu.resetStats();
  const t0 = performance.now();
  const r = await loadFollowupData({ followup, directory: new GraphDirectory(graph) }, NOW);
  if (!r.ok) throw new Error(`follow-up load failed: ${r.error.kind}`);
  const range = quarterRange('2026-Q4')!;
  const retro = retrospective({
    ...range,
    meetings: r.value.meetings,
    tasks: r.value.tasks,
    now: NOW,
    zone: 'Asia/Shanghai',
  });
  standupView(r.value.tasks, NOW, 'Asia/Shanghai');
  const ms = performance.now() - t0;
  return {
    ms,
    trips: emu.stats().requests,
    meetings: r.value.meetings.length,
    tasks: r.value.tasks.length,
    retroMeetings: retro.meetings.length,
    graph,
    followup,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The follow-up tab's load at two sizes of the same shape (a quarter of 50 meetings / 500 tasks, and of
 * 500 / 5,000), through the real adapter against the emulator at 50 ms latency. Small and large loads
 * alternate so a slow spell of the shared machine does not land on one side; the figure is the ratio of
 * medians. Round trips are HTTP requests the emulator saw.
 */
export default async function bench(): Promise<BenchFigure[]> {
  const small = await seeded(SMALL);
  const large = await seeded(LARGE);
  try {
    await load(small); // warm-up: module JIT and connections
    const s: number[] = [];
    const l: number[] = [];
    let smallRun = await load(small);
    let largeRun = await load(large);
    for (let i = 0; i < RUNS; i += 1) {
      smallRun = await load(small);
      s.push(smallRun.ms);
      largeRun = await load(large);
      l.push(largeRun.ms);
    }
    if (largeRun.meetings < LARGE.meetings || largeRun.tasks < LARGE.meetings * LARGE.tasksPerMeeting) {
      throw new Error(`large load saw ${largeRun.meetings} meetings / ${largeRun.tasks} tasks`);
    }
    // A refresh of the same tab: the calendar comes as a delta, no record is read again.
    const refresh = await load(large, largeRun.graph, largeRun.followup);
    const ratio = median(l) / median(s);
    process.stdout.write(
      `  small ${SMALL.meetings} meetings / ${smallRun.tasks} tasks: ${Math.round(median(s))} ms, ${smallRun.trips} round trips; ` +
        `large ${largeRun.meetings} / ${largeRun.tasks}: ${Math.round(median(l))} ms, ${largeRun.trips} round trips; refresh ${refresh.trips} round trips\n`,
    );
    return [
      {
        figure: `follow-up load 500 meetings / 5,000 tasks vs 50 / 500 (${LATENCY_MS} ms latency, median of ${RUNS})`,
        value: Math.round(ratio * 10) / 10,
        unit: '×',
        target: '≤ 12× (linear)',
        ok: ratio <= 12,
      },
      {
        figure: 'round trips, follow-up load of 50 meetings / 500 tasks',
        value: smallRun.trips,
        unit: 'requests',
        target: '≤ 15',
        ok: smallRun.trips <= 15,
      },
      {
        figure: 'round trips, follow-up load of 500 meetings / 5,000 tasks',
        value: largeRun.trips,
        unit: 'requests',
        target: '≤ 60 (one per meeting would be 500+)',
        ok: largeRun.trips <= 60,
      },
      {
        figure: 'round trips, refresh of the 500-meeting tab (calendar delta)',
        value: refresh.trips,
        unit: 'requests',
        target: '≤ 20',
        ok: refresh.trips <= 20,
      },
    ];
  } finally {
    await Promise.all([small.close(), large.close()]);
  }
}
