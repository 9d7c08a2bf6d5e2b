// Child of service.bench.ts: one service instance in its own process (its heap is the service's alone).
// Tick 1 warms up (mailbox settings cached, delta tokens kept); then every event changes and tick 2 is
// measured: Graph round trips the emulator saw, and the peak heap while it ran.
import { serviceTick, type TickMemory } from '../../src/core/service/serviceTick';
import { graphPortsFor } from '../../src/service/ServiceRunner';
import { readServiceConfig } from '../../src/service/serviceConfig';

const config = readServiceConfig(process.env);
const emu = process.env.BENCH_EMU_URL!;
const ports = graphPortsFor(config);
const memory: TickMemory = { tokens: new Map() };
const deps = (now: Date) => ({
  ports,
  policy: config.policy,
  sp: config.service,
  instanceId: 'bench',
  shard: { index: 0, count: 1 },
  now: () => now,
  clockEveryMs: 365 * 86_400_000,
});
const post = (path: string, body: unknown = {}) =>
  fetch(`${emu}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const gc = (globalThis as { gc?: () => void }).gc;

const now = new Date(process.env.BENCH_NOW!);
// The clock jobs read every calendar too; the figure is the audit's, so they are switched off here.
memory.lastClockAt = now.getTime();
const warm = await serviceTick(deps(now), memory);
await post('/_emu/events/touch');
await post('/_emu/stats/reset');
// Live heap, not garbage: collect, then read, every 100 ms while the tick runs (the largest live set wins).
const live = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
let peak = live();
const base = peak;
const sampler = setInterval(() => (peak = Math.max(peak, live())), 100);
const t0 = performance.now();
const report = await serviceTick(deps(now), memory);
const ms = performance.now() - t0;
clearInterval(sampler);
peak = Math.max(peak, live());
const stats = (await (await fetch(`${emu}/_emu/stats`)).json()) as { requests: number };
process.stdout.write(
  `@@audit ${JSON.stringify({ requests: stats.requests, peakHeapMB: peak / 2 ** 20, baseHeapMB: base / 2 ** 20, ms, intents: report.intents.length, errors: report.errors.length + warm.errors.length })}\n`,
);
process.exit(0);
