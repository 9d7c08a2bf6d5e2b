import { isCrash, type Fault, type FaultInjector } from '../../src/adapters/fakes/FaultPlan';
import type { ServiceIntent } from '../../src/core/service/ServiceIntent';
import { serviceTick, type TickMemory } from '../../src/core/service/serviceTick';
import { buildWorld, DRAIN_MS, HOUR, type ServiceScenario } from './serviceScenario';
import { seededRandom } from './syncHarness';

export { serviceScenarioArb, type ServiceScenario } from './serviceScenario';

export interface ServiceRunResult {
  /** intent key → deliveries (feed items that were new, and mails). */
  delivered: Map<string, { at: number; channel: 'feed' | 'mail' }[]>;
  intents: Map<string, ServiceIntent>;
  /** The tick times at which some instance computed the intent: when it was due. */
  dueAt: Map<string, Set<number>>;
  /** Ticks in which no instance met a fault or crash (every older lease had run out by then). */
  cleanTicks: Set<number>;
  restarts: number;
  /** Feed resends that replaced an item (same chainId) after an ambiguous outcome. */
  resends: number;
}

/** Runs the scenario over its clock steps with 1–3 instances; faults and crashes come from the seed. */
export async function runScenario(s: ServiceScenario, mode: { faults: boolean }): Promise<ServiceRunResult> {
  let now = 0;
  const clock = () => now;
  const rnd = seededRandom(s.seed);
  const faultKinds: Fault['kind'][] = [
    'throttle',
    'server',
    'timeout-after',
    'drop-before',
    'drop-after',
    'precondition',
  ];
  let fired = 0;
  const faults: FaultInjector = (op) => {
    if (!mode.faults) return undefined;
    const r = rnd();
    if (r >= s.crashRate + s.faultRate) return undefined;
    fired++;
    if (r < s.crashRate) return { kind: rnd() < 0.5 ? 'crash-before' : 'crash-after' };
    const kind = faultKinds[Math.floor(rnd() * faultKinds.length)]!;
    // 412 only means something on a guarded write; elsewhere a 503 stands in.
    return kind === 'precondition' && op.method !== 'claimWrite' ? { kind: 'server' } : ({ kind } as Fault);
  };
  const world = buildWorld(s, clock, faults, () => (mode.faults ? Math.floor(rnd() * 3) : 0));
  const count = mode.faults ? s.instances : 1;
  const gens = Array.from({ length: count }, () => 0);
  const memories: TickMemory[] = gens.map(() => ({ tokens: new Map() }));
  const intents = new Map<string, ServiceIntent>();
  const dueAt = new Map<string, Set<number>>();
  const cleanTicks = new Set<number>();
  let restarts = 0;
  now = world.t0;
  // After the last day, keep ticking a while (a drain) so windows opened near the end can finish.
  const end = world.t0 + s.days * 24 * HOUR + DRAIN_MS;
  let step = 0;
  let applied = 0;
  while (now < end) {
    while (applied < world.changes.length && world.changes[applied]!.at <= now)
      world.changes[applied++]!.apply(world.graph);
    const firedBefore = fired;
    await Promise.all(
      gens.map(async (gen, i) => {
        // Overlap: instance 0 believes it is alone (a re-shard in progress); the claims must still hold.
        const shard = mode.faults && s.overlap && i === 0 ? { index: 0, count: 1 } : { index: i, count };
        try {
          const report = await serviceTick(
            {
              ports: world.graph,
              policy: world.policy,
              sp: world.sp,
              instanceId: `i${i}.${gen}`,
              shard,
              now: () => new Date(now),
            },
            memories[i]!,
          );
          for (const it of report.intents) {
            if (!intents.has(it.key)) intents.set(it.key, it);
            dueAt.set(it.key, (dueAt.get(it.key) ?? new Set()).add(now));
          }
        } catch (e) {
          if (!isCrash(e)) throw e;
          restarts++;
          gens[i] = gen + 1;
          memories[i] = { tokens: new Map() };
        }
      }),
    );
    if (fired === firedBefore) cleanTicks.add(now);
    now += s.steps[step++ % s.steps.length]! * 60_000;
  }
  const delivered = new Map<string, { at: number; channel: 'feed' | 'mail' }[]>();
  const add = (key: string, at: number, channel: 'feed' | 'mail') =>
    delivered.set(key, [...(delivered.get(key) ?? []), { at, channel }]);
  for (const m of world.graph.mail) add(m.intentKey, m.at, 'mail');
  for (const f of world.graph.feed) add(f.key, f.at, 'feed');
  return {
    delivered,
    intents,
    dueAt,
    cleanTicks,
    restarts,
    resends: world.graph.feed.reduce((n, f) => n + f.replaced, 0),
  };
}

export interface CheckStats {
  expected: number;
  /** Of those, how many the faulty run had to deliver (due at a fault-free tick). */
  required: number;
  restarts: number;
  resends: number;
}

/**
 * The oracle: the faulty run (faults, crashes, 1–3 instances) delivers exactly the notifications of the
 * clean single-instance run over the same clock and state changes, each once, each inside its window.
 */
export async function checkScenario(s: ServiceScenario): Promise<CheckStats> {
  const clean = await runScenario(s, { faults: false });
  const faulty = await runScenario(s, { faults: true });
  // Required: what the clean run sent and what was due at a tick in which the faulty run met no fault at all
  // (a window whose every tick failed may rightly go unsent). Never allowed: a duplicate, a stranger, a late one.
  const required = (k: string) => [...(clean.dueAt.get(k) ?? [])].some((t) => faulty.cleanTicks.has(t));
  const missing = [...clean.delivered.keys()].filter((k) => required(k) && !faulty.delivered.has(k));
  const extra = [...faulty.delivered.keys()].filter((k) => !clean.delivered.has(k));
  const dup = [...faulty.delivered].filter(([, list]) => list.length > 1).map(([k]) => k);
  if (missing.length || extra.length || dup.length) {
    throw new Error(
      `missing ${JSON.stringify(missing)} extra ${JSON.stringify(extra)} duplicated ${JSON.stringify(dup)} (restarts ${faulty.restarts})`,
    );
  }
  for (const [key, list] of faulty.delivered) {
    // A tick that crashed after sending reports nothing; the clean run computed the same key and window.
    const w = (faulty.intents.get(key) ?? clean.intents.get(key))?.window;
    if (!w) throw new Error(`${key} delivered but never computed`);
    const at = list[0]!.at;
    if (!(Date.parse(w.start) <= at && at < Date.parse(w.end)))
      throw new Error(`${key} sent at ${new Date(at).toISOString()} outside ${w.start}–${w.end}`);
  }
  return {
    expected: clean.delivered.size,
    required: [...clean.delivered.keys()].filter(required).length,
    restarts: faulty.restarts,
    resends: faulty.resends,
  };
}
