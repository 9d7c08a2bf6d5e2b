import { isCrash, type Fault, type FaultInjector } from '../../src/adapters/fakes/FaultPlan';
import type { ServiceIntent } from '../../src/core/service/ServiceIntent';
import { serviceTick, type TickMemory } from '../../src/core/service/serviceTick';
import { buildWorld, DRAIN_MS, HOUR, REQUIRED_TICKS, type ServiceScenario } from './serviceScenario';
import { seededRandom } from './syncHarness';

export { serviceScenarioArb, type ServiceScenario } from './serviceScenario';

export interface ServiceRunResult {
  /** intent key → deliveries (feed items that were new, and mails). */
  delivered: Map<string, { at: number; channel: 'feed' | 'mail' }[]>;
  intents: Map<string, ServiceIntent>;
  /** In how many ticks some instance computed the intent: how long it stayed due. */
  due: Map<string, number>;
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
  const faults: FaultInjector = (op) => {
    if (!mode.faults) return undefined;
    const r = rnd();
    if (r < s.crashRate) return { kind: rnd() < 0.5 ? 'crash-before' : 'crash-after' };
    if (r >= s.crashRate + s.faultRate) return undefined;
    const kind = faultKinds[Math.floor(rnd() * faultKinds.length)]!;
    // 412 only means something on a guarded write; elsewhere a 503 stands in.
    return kind === 'precondition' && op.method !== 'claimWrite' ? { kind: 'server' } : ({ kind } as Fault);
  };
  const world = buildWorld(s, clock, faults, () => (mode.faults ? Math.floor(rnd() * 3) : 0));
  const count = mode.faults ? s.instances : 1;
  const gens = Array.from({ length: count }, () => 0);
  const memories: TickMemory[] = gens.map(() => ({ tokens: new Map() }));
  const intents = new Map<string, ServiceIntent>();
  const due = new Map<string, number>();
  let restarts = 0;
  now = world.t0;
  // After the last day, keep ticking a while (a drain) so windows opened near the end can finish.
  const end = world.t0 + s.days * 24 * HOUR + DRAIN_MS;
  let step = 0;
  let applied = 0;
  while (now < end) {
    while (applied < world.changes.length && world.changes[applied]!.at <= now)
      world.changes[applied++]!.apply(world.graph);
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
            due.set(it.key, (due.get(it.key) ?? 0) + 1);
          }
        } catch (e) {
          if (!isCrash(e)) throw e;
          restarts++;
          gens[i] = gen + 1;
          memories[i] = { tokens: new Map() };
        }
      }),
    );
    now += s.steps[step++ % s.steps.length]! * 60_000;
  }
  const delivered = new Map<string, { at: number; channel: 'feed' | 'mail' }[]>();
  const add = (key: string, at: number, channel: 'feed' | 'mail') =>
    delivered.set(key, [...(delivered.get(key) ?? []), { at, channel }]);
  for (const m of world.graph.mail) add(m.intentKey, m.at, 'mail');
  for (const f of world.graph.feed) add(f.key, f.at, 'feed');
  return { delivered, intents, due, restarts, resends: world.graph.feed.reduce((n, f) => n + f.replaced, 0) };
}

export interface CheckStats {
  expected: number;
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
  // Required: what the clean run sent and what stayed due for REQUIRED_TICKS ticks there (an invite edited
  // or an item done an hour later may rightly go unsent after a failure). Never allowed: anything else.
  const missing = [...clean.delivered.keys()].filter(
    (k) => (clean.due.get(k) ?? 0) >= REQUIRED_TICKS && !faulty.delivered.has(k),
  );
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
  return { expected: clean.delivered.size, restarts: faulty.restarts, resends: faulty.resends };
}
